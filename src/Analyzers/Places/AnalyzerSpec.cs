using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Analyzers.Places
{
    /// <summary>
    /// The spec the analyzers check against: the same file, reader and default as the generator.
    /// The model is cached by the spec text, so it is parsed once however many compilations and
    /// analyzers ask (in the IDE, every edit is a new compilation).
    /// </summary>
    internal static class AnalyzerSpec
    {
        private static Entry? s_last;

        /// <summary>The project's spec, or null when it is broken (the generator reports why).</summary>
        public static WebhookSpec? Load(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
            global.TryGetValue("build_property.ConversationHooksSpecFile", out var specFile);
            global.TryGetValue("build_property.ProjectDir", out var projectDir);
            var files = options.AdditionalFiles
                .Where(file => SpecSource.IsSpecFile(file, NullIfEmpty(specFile), NullIfEmpty(projectDir)))
                .Select(file => SpecSource.Read(file, cancellationToken))
                .ToImmutableArray();
            var text = SpecSource.Choose(files).File.Text;

            var last = s_last;
            if (last is not null && string.Equals(last.Text, text, System.StringComparison.Ordinal))
            {
                return last.Spec;
            }

            var spec = SpecReader.Read(text, cancellationToken).Spec;
            s_last = new Entry(text, spec);
            return spec;
        }

        private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

        private sealed class Entry
        {
            public Entry(string text, WebhookSpec? spec)
            {
                Text = text;
                Spec = spec;
            }

            public string Text { get; }

            public WebhookSpec? Spec { get; }
        }
    }
}
