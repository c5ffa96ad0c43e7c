namespace ConversationHooks.Benchmarks;

/// <summary>docs/benchmarks.md, written from one run.</summary>
internal static class Docs
{
    public static string Page(string table) => $"""
        # Benchmarks

        Measured side by side with what users have today: the Twilio C# SDK 8.2.0, `FormUrlEncodedContent`,
        `Enum.Parse`, a `Dictionary`. One run of BenchmarkDotNet 0.15.8 (in-process, short job: 3 warm-ups,
        8 iterations; `[MemoryDiagnoser]`), then the analyzer budget (median of 5 runs after a warm-up).
        "allocated" is per operation.

        Reproduce (about four minutes on 2 cores):

        ```sh
        dotnet run -c Release --project bench/ConversationHooks.Benchmarks -- --write-docs
        ```

        (`--long` uses BenchmarkDotNet's default job; without `--write-docs` the table is only printed.)

        Machine: {Program.Machine()}.

        {table}
        What is measured:

        1. FormBody: the form body of Twilio's docs update example (method POST, filters
           `onConversationUpdated` and `onMessageRemoved`, pre and post URLs). The SDK path is
           `UpdateWebhookOptions.GetParams()` with each name and value `WebUtility.UrlEncode`d and joined,
           as the SDK does before it sends. Ours measures the encoded length, then writes once into the
           result string; into a caller's buffer it allocates nothing.
        2. Json: Twilio's docs fetch example (`account-webhook-fetch.json`) to a typed record. The SDK
           uses Newtonsoft.Json; ours reads with `Utf8JsonReader` into the generated record (from a string
           it first transcodes to UTF-8; from the bytes an HTTP response gives, it does not).
        3. FilterName: all 23 filters parsed from their wire names and formatted back.
        4. Generator: the generator on the built-in spec in a 20-file project, with `CSharpGeneratorDriver`:
           a full run with a new driver, and a run of a warm driver after an unrelated edit (every step
           cached; the only work left is noticing that the edit changed nothing the generator reads).
        5. AnalyzerBudget: a synthetic project of 1,000 files, 2,000 checked Twilio SDK call sites, a fifth
           of them with mistakes. The analyzers' execution time as Roslyn logs it
           (`CompilationWithAnalyzers`, `logAnalyzerExecutionTime: true`) against the compiler's own work
           on the same project (parse, bind, produce diagnostics, emit), each on a fresh compilation.
        """;
}
