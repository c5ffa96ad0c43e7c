using System.Runtime.CompilerServices;

namespace ConversationHooks.Analyzers
{
    /// <summary>
    /// For the methods every operation of a build goes through. AggressiveOptimization (.NET Core 3.0+,
    /// absent from netstandard2.0's enum, ignored by runtimes that lack it) compiles them fully optimized
    /// on first call: under tiered compilation they would run as tier-0 code with call counting through
    /// the first builds of a compiler server (docs/benchmarks.md, real builds).
    /// </summary>
    internal static class HotPath
    {
        public const MethodImplOptions Optimized = (MethodImplOptions)512;
    }
}
