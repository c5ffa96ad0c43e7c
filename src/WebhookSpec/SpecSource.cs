using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ConversationHooks.Spec
{
    /// <summary>A spec file's path and text, as plain data so the parse step caches on text equality.</summary>
    internal sealed record SpecFile(string Path, string Text);

    /// <summary>
    /// The spec a project uses: its own <c>webhook-spec.json</c> (or <c>$(ConversationHooksSpecFile)</c>),
    /// else the built-in one; and any further spec files, which are an error (CWH104).
    /// </summary>
    internal sealed record SpecSource(SpecFile File, bool IsBuiltIn, EquatableArray<string> ExtraPaths)
    {
        public const string DefaultFileName = "webhook-spec.json";
        public const string BuiltInPath = "webhook-spec.json (built into ConversationHooks)";

        private static readonly Lazy<string> BuiltInText = new(ReadBuiltIn);

        /// <summary>True when <paramref name="file"/> is the project's spec.</summary>
        /// <param name="file">An additional file of the project.</param>
        /// <param name="specFileProperty">$(ConversationHooksSpecFile), if set.</param>
        /// <param name="projectDir">$(ProjectDir), against which a relative spec file path is resolved.</param>
        public static bool IsSpecFile(AdditionalText file, string? specFileProperty, string? projectDir)
        {
            if (specFileProperty is { } configured)
            {
                var full = projectDir is { } dir && !Path.IsPathRooted(configured) ? Path.Combine(dir, configured) : configured;
                return PathsEqual(file.Path, full);
            }

            return string.Equals(Path.GetFileName(file.Path), DefaultFileName, StringComparison.OrdinalIgnoreCase);
        }

        public static SpecFile Read(AdditionalText file, CancellationToken cancellationToken)
            => new(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty);

        public static SpecSource Choose(ImmutableArray<SpecFile> files)
        {
            if (files.IsDefaultOrEmpty)
            {
                return new SpecSource(new SpecFile(BuiltInPath, BuiltInText.Value), IsBuiltIn: true, EquatableArray<string>.Empty);
            }

            var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
            return new SpecSource(ordered[0], IsBuiltIn: false, ordered.Skip(1).Select(f => f.Path).ToEquatableArray());
        }

        private static bool PathsEqual(string left, string right)
        {
            try
            {
                return string.Equals(Path.GetFullPath(left), Path.GetFullPath(right), StringComparison.OrdinalIgnoreCase);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return false;
            }
        }

        private static string ReadBuiltIn()
        {
            using var stream = typeof(SpecSource).Assembly.GetManifestResourceStream("ConversationHooks.webhook-spec.json")
                ?? throw new InvalidOperationException("The built-in webhook-spec.json is missing from the generator assembly.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
