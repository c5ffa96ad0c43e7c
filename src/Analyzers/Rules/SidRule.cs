using System;
using System.Collections.Immutable;
using System.Linq;
using ConversationHooks.Analyzers.Places;
using ConversationHooks.Spec.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Analyzers.Rules
{
    /// <summary>
    /// CWH003 a malformed SID literal; CWH004 a well-formed (or placeholder) SID of the wrong kind;
    /// CWH008 a placeholder SID of the right kind.
    /// </summary>
    internal sealed class SidRule : PlaceRule
    {
        private const int SidLength = 34;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.MalformedSid, Descriptors.WrongSidKind, Descriptors.PlaceholderSid);

        public override PlaceKind Kinds => PlaceKind.Sid;

        public override void Check(PlaceValue value, CheckedPlace place, CheckedPlaces places, OperationAnalysisContext context)
        {
            var text = value.Text;
            var kinds = place.SidKinds;
            var placeholder = IsPlaceholder(text);
            if (!placeholder && SidFormat.Check(text.AsSpan(), prefix: null) != SidError.None)
            {
                if (place.AllowsUniqueName && !StartsLikeSid(text, kinds))
                {
                    return; // a unique name, not a SID
                }

                var single = kinds.Length == 1 ? kinds[0] : null;
                var prefix = single?.Prefix;
                var message = SidFormat.Describe(SidFormat.Check(text.AsSpan(), prefix), text, single is null ? "SID" : single.Name + " SID", prefix);
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.MalformedSid, value.Location, message));
                return;
            }

            var found = text.Substring(0, 2);
            var expected = string.Join(" or ", kinds.Select(Describe));
            if (!kinds.Any(k => k.Prefix is null || k.Prefix == found))
            {
                var foundKind = places.Spec.SidKinds.FirstOrDefault(k => k.Prefix == found);
                var foundText = foundKind is null ? $"a SID with the unknown prefix '{found}'" : Describe(foundKind);
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.WrongSidKind, value.Location, text, foundText, place.Name, expected));
            }
            else if (placeholder)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.PlaceholderSid, value.Location, text, place.Name, expected));
            }
        }

        private static string Describe(SidKindSpec kind)
        {
            var article = "AEIOU".IndexOf(kind.Name[0]) >= 0 ? "an" : "a";
            return kind.Prefix is null ? $"{article} {kind.Name} SID" : $"{article} {kind.Name} SID ({kind.Prefix}…)";
        }

        /// <summary>
        /// Twilio's own placeholder: a SID's prefix and 32 'X' (its samples and generated tests) or
        /// 32 'x' (some of its docs). Decided before unique names, so <c>CHXXXX…</c> is a placeholder
        /// wherever it stands, as <c>ISXXXX…</c> is.
        /// </summary>
        private static bool IsPlaceholder(string text)
            => text.Length == SidLength
               && text[0] >= 'A' && text[0] <= 'Z' && text[1] >= 'A' && text[1] <= 'Z'
               && (text.Skip(2).All(c => c == 'X') || text.Skip(2).All(c => c == 'x'));

        /// <summary>Where unique names are allowed, only a value made of an expected prefix and hex digits is meant as a SID.</summary>
        private static bool StartsLikeSid(string text, ImmutableArray<SidKindSpec> kinds)
            => text.Length > 2
               && kinds.Any(k => k.Prefix is not null && text.StartsWith(k.Prefix, StringComparison.Ordinal))
               && text.Skip(2).All(c => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
    }
}
