using System;
using System.IO;
using System.Net.Http;

namespace ConversationHooks.Tool
{
    /// <summary>What a command runs with: its arguments, environment, outputs and HTTP handler, given so tests run it in-process.</summary>
    internal sealed record ToolContext(string[] Args, Func<string, string?> Environment, TextWriter Output, TextWriter Error, HttpMessageHandler? Handler);
}
