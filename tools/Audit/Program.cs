using System;
using System.Threading.Tasks;

namespace ConversationHooks.Audit
{
    internal static class Program
    {
        private static Task<int> Main(string[] args)
            => AuditCommand.RunAsync(args, Environment.GetEnvironmentVariable, Console.Out, Console.Error);
    }
}
