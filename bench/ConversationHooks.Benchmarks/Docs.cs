namespace ConversationHooks.Benchmarks;

/// <summary>docs/benchmarks.md, written from one run.</summary>
internal static class Docs
{
    /// <summary>The real-build table sits between these markers; <c>--real-build --write-docs</c> replaces it alone.</summary>
    public const string RealBuildStart = "<!-- real-build:start -->";

    public const string RealBuildEnd = "<!-- real-build:end -->";

    /// <summary><paramref name="page"/> with <paramref name="table"/> between the real-build markers.</summary>
    public static string WithRealBuild(string page, string table)
    {
        var start = page.IndexOf(RealBuildStart, System.StringComparison.Ordinal);
        var end = page.IndexOf(RealBuildEnd, System.StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new System.InvalidOperationException($"docs/benchmarks.md has no {RealBuildStart} ... {RealBuildEnd} section: run --write-docs once first.");
        }

        var body = table.Trim();
        return page[..(start + RealBuildStart.Length)] + "\n" + (body.Length == 0 ? string.Empty : body + "\n") + page[end..];
    }

    /// <summary>The table between the real-build markers of <paramref name="page"/> (empty when there is none).</summary>
    public static string RealBuildOf(string page)
    {
        var start = page.IndexOf(RealBuildStart, System.StringComparison.Ordinal);
        var end = page.IndexOf(RealBuildEnd, System.StringComparison.Ordinal);
        return start < 0 || end < start ? string.Empty : page[(start + RealBuildStart.Length)..end];
    }

        public static string Page(string table, string endpointTable) => $"""
        # Benchmarks

        Measured side by side with what users have today: the Twilio C# SDK 8.2.0, `FormUrlEncodedContent`,
        `Enum.Parse`, a `Dictionary`. One run of BenchmarkDotNet 0.15.8 (in-process, short job: 3 warm-ups,
        10 iterations; `[MemoryDiagnoser]`; the table shows medians), then the paired ratios, then the
        analyzer budget (7 runs after a warm-up). "allocated" is per operation.

        The allocations repeat exactly; the times do not. This is a shared 2-core virtual machine whose
        speed drifts over minutes, and BenchmarkDotNet measures each row after the other, so a baseline
        and ours can meet different speeds: on 2026-11-26 the same row moved by up to 1.8x between runs
        (ours on the JSON example: 717 ns in one run, 1.29 µs in the next), and its ratio with it. So
        each comparison is also measured paired: ours and the baseline alternate in blocks of about
        10 ms, 41 pairs, and the "paired" column gives the median ratio of the pairs with the middle
        half of them in brackets. Within a run the pairs agree closely (narrow brackets), and most
        paired ratios repeat between runs within about 10%. The exceptions: filter names moved between
        4.3x and 5.9x from one process to the next (the JIT's code for `Enum.Parse` and ours differs
        per process), the floor row for JSON between 5.4x and 7.1x, and the analyzer share
        (two measurements seconds apart) between 1.7% and 3.7%. The paired ratios are the ones held against
        the targets. For the analyzer budget, "paired" is the median over the runs of each run's own
        share.

        Reproduce (about four minutes on 2 cores):

        ```sh
        dotnet run -c Release --project bench/ConversationHooks.Benchmarks -- --write-docs
        ```

        Without `--write-docs` the table is only printed; `--long` uses BenchmarkDotNet's default job;
        `--only Json` runs one comparison; `--budget` runs the analyzer budget alone.

        Machine: {Program.Machine()}.

        {table}
        ## Real builds

        What users wait for: the packed package in real `dotnet build`s (the compiler server warm, the
        analyzers and generator loaded from the package as NuGet delivers them), next to an analyzer that
        registers exactly the same compilation-start and three operation actions and does nothing in them
        (`bench/NoOpAnalyzer`: the floor of this design), loaded into the same builds. The no-op supports
        one warning it never reports, as ours supports warnings and errors: csc does not run an analyzer
        whose diagnostics are all hidden or info (they do not show in a build's output unless `/errorlog`
        asks for them), so a no-op with only an info descriptor is skipped and reports "< 1 ms" whatever
        the design costs (the benchmark refuses such a no-op). "Ours" is both of the package's analyzers:
        `ConversationHooksAnalyzer` and `FilterConstantAnalyzer`, which holds the info-only CWH007 and is
        skipped by csc for that reason (its "<1 ms" line is counted as 0.5 ms). Two corpora of 1,000
        files: ordinary code with no Twilio call (10,000 collection initializers, whose `Add` calls the
        analyzer meets), and the analyzer budget's 2,000 Twilio SDK calls with 400 mistakes (the run fails
        unless every build reports all 400). Each corpus is rebuilt (`--no-incremental`) 7 times, the
        two alternating, after five warm-up rounds (the compiler server's own code is still reaching its
        optimized tier over the first builds: Csc takes 17 s, 13 s, 10 s, 6 s before settling near 5 s); the
        times are the compiler's own report (`-p:ReportAnalyzer=true`) and the Csc task's time
        (`-clp:PerformanceSummary`). Ratios are medians of each build's own ratio. One line, about five
        minutes on 2 cores:

        ```sh
        dotnet run -c Release --project bench/ConversationHooks.Benchmarks -- --real-build --write-docs
        ```

        (`--runs N` sets the number of builds per corpus, 7 by default; without `--write-docs` the table is
        only printed.) The editor path is modelled in-process: the ordinary corpus and its generated files
        in one compilation, one character of one file changed, and that document analyzed in the new
        compilation (`CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync`) by ours and by the
        no-op, each on a fresh compilation, alternating; the analyzers' execution time as Roslyn logs it,
        compilation-start actions included, as the IDE starts a compilation per edit. The last row runs
        the whole ordinary corpus in-process on one thread through ours and the no-op together, binding and
        analysis taking turns (`concurrentBuild: false`, `concurrentAnalysis: false`): what our callbacks
        cost with no other thread of the compiler competing for the cores (no target; it is the floor
        discussed below).

        {RealBuildStart}
        {RealBuildEnd}

        ## The webhook endpoint under load

        {endpointTable}
        One app on Kestrel at 127.0.0.1 serves both rows; one in-process `HttpClient` (`SocketsHttpHandler`,
        {EndpointThroughput.Connections} connections, each kept busy by its own loop) sends both the same signed onMessageAdded
        delivery (`TypicalRequests.cs`, 15 parameters) with a fresh `I-Twilio-Idempotency-Token` each time, so the
        endpoint checks and records every token in its in-memory `IDistributedCache`. The floor is
        a minimal-API `MapPost` whose handler only awaits `request.ReadFormAsync()` and returns `Results.Ok()`.
        {EndpointThroughput.Rounds} rounds of {EndpointThroughput.RequestsPerRound:N0} requests alternate between the two after a warm-up; each row is
        its median round by requests/s, and the latencies are that round's (client-side, send to answer).
        Client and server share the machine's cores, as they would not in production, so both rows are low
        and the share is what to read. `--only Endpoint` runs this alone.

        ## What is measured

        1. FormBody: the form body of Twilio's docs update example (method POST, filters
           `onConversationUpdated` and `onMessageRemoved`, pre and post URLs). The SDK path is
           `UpdateWebhookOptions.GetParams()` with each name and value `WebUtility.UrlEncode`d and joined,
           as the SDK does before it sends. Ours writes once into a stack buffer and copies it into the
           one string it allocates; into a caller's buffer it allocates nothing.
        2. Json: Twilio's docs fetch example (`account-webhook-fetch.json`) to a typed record. The SDK
           uses Newtonsoft.Json; ours reads with `Utf8JsonReader` into the generated record. Filters,
           methods and targets are matched on their UTF-8 bytes, so known names cost no string; only the
           SID and the three URLs are allocated.
        3. FilterName: all 23 filters parsed from their wire names and formatted back.
        4. Generator: the generator on the built-in spec in a 20-file project, with `CSharpGeneratorDriver`:
           a full run with a new driver, and a run of a warm driver after an unrelated edit (every step
           cached; the references are read again only when they change).
        5. Signature: checking the `X-Twilio-Signature` of a typical onMessageAdded delivery (15 parameters,
           504 signed bytes; `TypicalRequests.cs` of the runtime tests). The SDK is what users write today:
           `RequestValidator.Validate(url, dictionary, signature)` with one validator kept across requests;
           it always computes two HMACs (with and without the port). Ours takes the decoded pairs, sorts
           and encodes them into a pooled buffer and computes one HMAC with a key set up once per thread.
           The floor is one `HMACSHA1.HashData` over the signed bytes already laid out.
        6. AnalyzerBudget: a synthetic project of 1,000 files, 2,000 checked Twilio SDK call sites, a fifth
           of them with mistakes (the run fails unless every one of the 400 is reported). The analyzer's
           execution time as Roslyn logs it (`CompilationWithAnalyzers`, `logAnalyzerExecutionTime: true`)
           against the compiler's own work on the same project (parse, bind, produce diagnostics, emit),
           each on a fresh compilation.

        7. EventParsing: an onMessageAdded delivery shaped like real traffic (15 parameters, a text message
           from an SDK client, a date with milliseconds, `ChatServiceSid`, a payload enum in lower case;
           `EventParsingBenchmarks.cs`) into its typed event. The baseline is what users write today: `Microsoft.AspNetCore.WebUtilities`'
           `FormReader` into a dictionary, then the same conversions by hand (SIDs checked, the index and the
           date parsed, the event type and source as wire values, the attributes kept as text, the
           conversation service's SID). Ours is `WebhookEvent.Parse(body)`: one pass over the
           body that checks every escape, then typed slots read without a string for names or for values
           that need no decoding.

        ## Targets and floors

        Paired ratios, as the table shows them and as they ranged over the runs of 2026-11-26.

        - **Webhook endpoint (at least 70% of the floor's requests/s)**: met on a quiet machine (77% in the
          table's run, load average under 3), at the edge under load, where it depends on the machine's load
          more than on anything else: 83% in a run at load average about 20 on the 2 cores (2026-12-02,
          other engineers building), 65% at about 27, 61% at about 35. The row without an idempotency token is the rest of the pipeline (signature check,
          form, typed event, handler, log line, metrics): 90% to 104% of the floor, because the endpoint
          reads the body once into its form where `ReadFormAsync` also builds a dictionary. The difference is the duplicate check Twilio's
          redeliveries need: per request, the in-flight table and a read and a write in the
          `IDistributedCache` (in memory here: the answer serialized, an entry with its expiration). An app
          that does not want it sets `DuplicateWindow` to zero.

        - **Analyzer budget (at most 3%)**: at the edge: the median of a run's compilations was between
          1.7% and 3.7% across runs on 2026-11-26, most of them under 3%. On identical input one
          compilation's analyzer time ranged from 71 ms to 361 ms: a garbage collection or the other
          core's load lands in whichever phase is running. It was 12% at first, then 2.5% to 3.5%
          and more often over 3%; traces showed where it went. Last: at compilation
          start the analyzer asked `Compilation.References` whether Twilio or the runtime is referenced,
          which (for `#r` directives) builds every file's declarations and binds the references, work
          the compiler does anyway but that was charged to the analyzer; it now reads
          `ExternalReferences`. Before that: the analyzer driver rescanning each file for
          `[GeneratedCode]` on every diagnostic reported under `GeneratedCodeAnalysisFlags.None` (now
          generated code is skipped with `context.IsGeneratedCode`), four analyzers walking the same
          operations (now one analyzer with a rule file per concern), and up-front
          `GetTypeByMetadataName` lookups that forced the compilation to bind all its references and
          build its global namespace first (now symbols are matched by name as analysis meets them).
          What remains is mostly the driver's own cost of filtering each
          reported diagnostic.
        - **Real builds (ordinary corpus: analyzer at most 2x the no-op, analyzer + generator at most 1% of
          Csc, generator at most 20 ms; dense corpus: at most 3% of Csc, all 400 mistakes; editor: at most
          2 ms added)**: met but one, the ordinary corpus' ratio to the no-op. All 400 mistakes are
          reported in every build; the generator takes 7-10 ms; the editor path adds 0.15-0.19 ms; the
          ordinary corpus is at 0.73-1.00% of Csc. The dense corpus is under 3% in three of the four runs
          made with five warm-up rounds on 2026-12-02 (1.46%, 1.71%, 2.11%) and over it in the table's
          (3.53%): single builds of that identical input range from 13 ms to 300 ms, so the median of 7
          lands on either side. The ordinary corpus' ratio was 3.3x to 6.4x in those runs (4.9x in the
          table). Before the changes below, the morning's table (09:12) read 94 ms, 6.2x and 2.13% of Csc
          for the ordinary corpus and 262 ms, 10.4% for the dense one.

          Where the time went, from traces of the compiler server during the builds (`dotnet-trace collect
          -p <VBCSCompiler's pid> --profile dotnet-sampled-thread-time`, the samples whose stack holds a
          frame of ConversationHooks.Analyzers grouped by the first frame below ours):
          1. *Dense corpus: CWH007.* Most of the analyzer's samples were threads waiting on locks in
             Roslyn's `ReportDiagnostic` path (the context's own lock, the diagnostic queue's, the cache of
             category severity keys), reached from CWH007: an info suggestion reported on each of the 2,600
             correct filter literals of a build, which a command-line build never shows. CWH007 now has an
             analyzer of its own (`FilterConstantAnalyzer`) with no other diagnostic, and csc runs no
             analyzer whose diagnostics are all info or hidden unless an `.editorconfig` raises them or the
             build asks for an error log (Roslyn's `SeverityFilter`): every build's report lists it at
             "<1 ms", the IDE still shows the suggestion, and a package test builds once with its severity
             raised and once with `-p:ErrorLog` and finds it both times. What remains of the dense corpus is
             mostly its 400 errors going through the same locks.
          2. *Ordinary corpus: locks and allocations of our own.* The member cache (a `ConcurrentDictionary`
             keyed by symbol) took a lock for each of the 1,000 handler properties and types it met, and
             its resizes took all of them: 12 of 35 samples. It is now written only for members of types
             the spec names; every other member is dismissed by a set of the table's simple type names and
             by whether its assembly can carry `[WebhookFilterName]`, answered from a small array searched
             by reference, with nothing stored. `IMethodSymbol.Parameters`, asked to dismiss calls without
             arguments, copied them into a new array on each call (23 of 40 samples), and a lambda in the
             assembly check allocated a delegate per call. A trace of the allocations (`--profile
             gc-verbose`) now finds 1 sample of 40,638 in our frames over 4 builds, at compilation start.
          3. *Ordinary corpus: half the callbacks.* 25,000 of its 46,653 operations are the `Add` calls of
             collection initializers (each element of a `new List<int>` initializer is one). They are
             checked with their creation (one question per method; a collection of yours whose `Add` takes
             `[WebhookFilterName]` still is, and a test holds it), and their own callback returns after
             reading two parents of the operation.

          The floor of the ratio. The no-op's callbacks read nothing; ours must learn, for every call,
          creation and assignment, whether its target could be a checked place: the target's definition,
          its type's simple name (looked up in the table's set) and whether its assembly can carry the
          markers. In the table's last row, with binding and analysis taking turns on one thread, that
          costs ours 18.8 ms against the no-op's 3.2 ms over the corpus' 46,653 callbacks: about 0.3 µs per
          callback on average. Timing each kind of callback from inside the analyzer (an experiment, not
          kept) put most of it in the 11,418 object creations (about 0.7 µs each: one question about the
          constructor, one about the `Add` of its initializer) and the 7,000 calls that are not initializer
          `Add`s; the 25,000 initializer `Add`s return in about 0.1 µs. In a build the same work is charged
          more, and unevenly: timing each callback inside the compiler server (the same experiment, 6
          builds of each corpus) found all but a few of the ordinary corpus' callbacks together taking
          13-17 ms, and the few (0-9 per build, on operations as plain as the `Add` of an int) 3-68 ms
          each, in steps of about 4 ms (the scheduler's tick) with no garbage collection during them:
          threads preempted inside our callback, on 2 cores shared with the compiler's own threads, in
          proportion to the time the callbacks take. 2x the no-op would leave ours about 60 ns per callback
          over the driver's own cost in the in-process row, less than one look at the target's type; that
          is below what a check of each operation's target can cost. The targets users wait for (the share
          of Csc, the generator's time, the editor's) are met.
        - **Generator (cached run at least 50x cheaper)**: met. The step that reads referenced libraries
          for public generated types first looked at every assembly's attributes on every edit; it now
          takes a snapshot of the references (file references compared by identity) and reads metadata
          only when they change.
        - **Filter names (at least 5x faster than `Enum.Parse`, 0 B)**: 0 B is met; the speed is at the
          edge: 4.3x to 5.9x depending on the process. Per name it is a length switch, a one-character
          switch and one vectorized comparison, and a good part of what is left is the benchmark's own
          loop over the 23 names, which the baseline pays too.
        - **JSON (at least 5x faster, 5x less allocated)**: allocation is met (about 5.7x less). Speed is
          not: about 3x. The floor row shows `Utf8JsonReader` merely walking the example's tokens is
          only 5.4x to 7x faster than the SDK, and walking while reading its ten string values as strings
          (what a typed result needs at least for the SID and the three URLs) takes about 515 ns, which
          would be under 4x. Ours adds about 110 ns to that: checking the SID, matching the filter,
          method and target names on their bytes, and building the record. A 5x parser would have to
          replace `Utf8JsonReader` with a hand-written tokenizer, which this project will not do to
          save 200 ns on a response that arrives over HTTPS.
        - **Signature (at least 3x faster than the SDK, at most 1.5x the floor, 0 B)**: 0 B is met (a runtime
          test holds it). The floor is met: ours reuses a keyed HMAC, which costs half a one-shot
          `HashData` (0.97 µs against 2.0 µs), so ours is about 1.2x the floor. 3x is not met: the SDK
          keeps a keyed `HMACSHA1` too, so its two HMACs cost about 1.9 µs of its 4.1 µs; ours is one HMAC
          (0.97 µs) plus sorting and UTF-8 encoding the 15 pairs (about 0.9 µs) and the URL, Base64 and
          comparison (about 0.4 µs): about 2.3 µs, 1.8x. Measured on 2026-12-02 while other builds
          loaded the machine (load average about 50 on 2 cores), so BenchmarkDotNet's medians in the table
          (15 µs against 41 µs) are inflated and the paired ratios wide; the µs figures here are the best
          of 400 rounds of 200 calls each, alternating the three, in the same conditions. Reaching 3x
          would need the HMAC's state after the URL (the same for every request to one endpoint) to be
          kept, which `IncrementalHash` cannot clone before .NET 9.
        - **Event parsing (at least 3x faster, at most a third of the allocation)**: met. Paired, 3.0x
          (2.2x-4.1x) on a loaded machine, 3.0x to 3.8x in the runs made while it was written; 976 B
          against 20 KB, about 1/20. The allocations are the event, its SIDs' strings, the attributes and
          the raw form it keeps (every pair stays reachable, so the body is held, not copied).
        - **Form body (at least 10x faster, one allocation, none into a buffer)**: the allocations are met
          (one string; 0 B into a buffer). Speed is not: about 6x into a buffer and 4x for the string.
          It was about 2.5x until timing the pieces one by one showed the encoder escaping a URL
          character by character (122 ns for one URL); it now copies each run of characters that need
          no escape at once and escapes only between runs (35 ns), and the stack buffer is no longer
          zeroed. What is left is ten encode calls (five names, five values) of about 5-10 ns each,
          mostly fixed cost per call (one vectorized scan, one copy), and for the string its allocation
          and share of garbage collection (about 70 ns between the two rows). An experiment (not kept)
          that copied names and known values without scanning them reached about 110 ns at best into a
          buffer, about 9x: what remains is escaping the two URLs and copying the rest. It would take a
          new public type for pre-encoded names (as System.Text.Json has `JsonEncodedText`) to save
          about 30 ns, so the simpler API was kept.
        """;
}
