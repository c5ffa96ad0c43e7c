using System.Linq;
using ConversationHooks.Generator.Diagnostics;
using ConversationHooks.Generator.Emit;
using ConversationHooks.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ConversationHooks.Generator
{
    /// <summary>
    /// Turns the project's <c>webhook-spec.json</c> (or the built-in spec) into C#: filter enums and
    /// helpers, SID value types, method and target enums, and the configuration requests and responses
    /// with their form and JSON serializers.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class WebhookGenerator : IIncrementalGenerator
    {
        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var languageVersion = context.ParseOptionsProvider
                .Select((options, _) => ((CSharpParseOptions)options).LanguageVersion)
                .WithTrackingName(TrackingNames.LanguageVersion);

            var options = context.AnalyzerConfigOptionsProvider
                .Combine(languageVersion)
                .Select((pair, _) => GeneratorOptions.From(pair.Left.GlobalOptions, pair.Right))
                .WithTrackingName(TrackingNames.Options);

            var source = context.AdditionalTextsProvider
                .Combine(options)
                .Where(pair => SpecSource.IsSpecFile(pair.Left, pair.Right.SpecFile, pair.Right.ProjectDir))
                .Select((pair, cancellationToken) => SpecSource.Read(pair.Left, cancellationToken))
                .WithTrackingName(TrackingNames.SpecFiles)
                .Collect()
                .Select((files, _) => SpecSource.Choose(files))
                .WithTrackingName(TrackingNames.SpecSource);

            var parsed = source
                .Select((source, cancellationToken) => new ParsedSpec(source.File.Path, source.ExtraPaths, SpecReader.Read(source.File.Text, cancellationToken), SpecFingerprint.Of(source.File.Text)))
                .WithTrackingName(TrackingNames.Parse);

            // Generated types this compilation already sees in its references (public, or internal with
            // InternalsVisibleTo), and the libraries some output is for. Read on every edit from the
            // compiler's cached reference symbols; the facts stay equal, so the output step stays cached.
            var referenced = context.CompilationProvider
                .Select((compilation, cancellationToken) => CompilationReferences.Of(compilation, cancellationToken))
                .WithTrackingName(TrackingNames.References);

            context.RegisterSourceOutput(parsed, static (context, parsed) => ReportDiagnostics(context, parsed));
            context.RegisterSourceOutput(options, static (context, options) =>
            {
                foreach (var problem in options.Problems)
                {
                    context.ReportDiagnostic(Diagnostic.Create(SpecDiagnosticDescriptors.InvalidProperty, Location.None, problem));
                }
            });

            var model = parsed
                .Select((parsed, _) => new SpecModel(parsed.Result.Spec, parsed.Fingerprint))
                .WithTrackingName(TrackingNames.Model)
                .Combine(options)
                .Combine(referenced)
                .WithTrackingName(TrackingNames.Output);

            context.RegisterSourceOutput(model, static (context, input) =>
            {
                var ((model, options), referenced) = input;
                if (model.Spec is null || options.Problems.Count > 0)
                {
                    return; // a broken spec or property (reported)
                }

                foreach (var file in FilesFor(model, options, referenced))
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    context.AddSource(file.HintName, SourceText.From(file.Source, System.Text.Encoding.UTF8));
                }
            });
        }

        /// <summary>
        /// Every file of the spec; or, when this compilation already sees these very types in a reference (a library
        /// with public types, or internal ones shown to it), none of them: only the ASP.NET Core endpoint's typed part
        /// for the referenced types (in their namespace), when the project references the endpoint and the library has no endpoint part of its own.
        /// </summary>
        private static System.Collections.Generic.IEnumerable<GeneratedFile> FilesFor(SpecModel model, GeneratorOptions options, CompilationReferences referenced)
        {
            var key = ReferencedWebhookTypes.Key(options.Namespace, model.Fingerprint);
            if (!referenced.WebhookTypeKeys.Contains(key))
            {
                return SpecEmitter.Emit(model.Spec!, options, model.Fingerprint, referenced);
            }

            return referenced.HasAspNetCoreEndpoint && !referenced.WebhookEndpointKeys.Contains(key)
                ? EndpointEmitter.Emit(model.Spec!, options)
                : Enumerable.Empty<GeneratedFile>();
        }

        private static void ReportDiagnostics(SourceProductionContext context, ParsedSpec parsed)
        {
            foreach (var diagnostic in parsed.Result.Diagnostics)
            {
                var start = new LinePosition(diagnostic.Line - 1, diagnostic.Column - 1);
                var location = Location.Create(
                    parsed.Path,
                    new TextSpan(diagnostic.Offset, diagnostic.Length),
                    new LinePositionSpan(start, start));
                context.ReportDiagnostic(Diagnostic.Create(SpecDiagnosticDescriptors.ForId(diagnostic.Id), location, diagnostic.Message));
            }

            foreach (var extra in parsed.ExtraPaths)
            {
                var location = Location.Create(extra, default, default);
                var message = $"'{extra}' is a second webhook spec in this project; '{parsed.Path}' is used. Keep one, or name it with the ConversationHooksSpecFile property.";
                context.ReportDiagnostic(Diagnostic.Create(SpecDiagnosticDescriptors.MultipleFiles, location, message));
            }
        }

        private sealed record ParsedSpec(string Path, EquatableArray<string> ExtraPaths, SpecReadResult Result, string Fingerprint);

        private sealed record SpecModel(Spec.Model.WebhookSpec? Spec, string Fingerprint);
    }

    /// <summary>Names of the pipeline steps, for incrementality tests.</summary>
    internal static class TrackingNames
    {
        public const string LanguageVersion = nameof(LanguageVersion);
        public const string Options = nameof(Options);
        public const string SpecFiles = nameof(SpecFiles);
        public const string SpecSource = nameof(SpecSource);
        public const string Parse = nameof(Parse);
        public const string Model = nameof(Model);
        public const string References = nameof(References);
        public const string Output = nameof(Output);
    }
}
