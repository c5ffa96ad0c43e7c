using System;
using System.Threading.Tasks;

namespace ConversationHooks.Tool
{
    internal static class Program
    {
        private static Task<int> Main(string[] args)
            => ToolCommand.RunAsync(args, Environment.GetEnvironmentVariable, Console.Out, Console.Error);
    }
}
