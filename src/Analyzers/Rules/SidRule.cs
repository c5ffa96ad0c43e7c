using System;
using System.Collections.Immutable;
using System.Linq;
using ConversationHooks.Analyzers.Places;
using ConversationHooks.Spec.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Analyzers.Rules
{
    /// <summary>CWH003 a malformed SID literal; CWH004 a well-formed SID of the wrong kind.</summary>
    internal sealed class SidRule : PlaceRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.MalformedSid, Descriptors.WrongSidKind);

        public override PlaceKind Kinds => PlaceKind.Sid;

        public override void Check(PlaceValue value, CheckedPlace place, CheckedPlaces places, OperationAnalysisContext context)
        {
            var text = value.Text;
            var kinds = place.SidKinds;
            var single = kinds.Length == 1 ? kinds[0] : null;
            var shape = SidFormat.Check(text.AsSpan(), prefix: null);
            if (shape != SidError.None)
            {
                if (place.AllowsUniqueName && !StartsLikeSid(text, kinds))
                {
                    return; // a unique name, not a SID
                }

                var prefix = single?.Prefix;
                var message = SidFormat.Describe(SidFormat.Check(text.AsSpan(), prefix), text, single is null ? "SID" : single.Name + " SID", prefix);
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.MalformedSid, value.Location, message));
                return;
            }

            var found = text.Substring(0, 2);
            if (!kinds.Any(k => k.Prefix is null || k.Prefix == found))
            {
                var foundKind = places.Spec.SidKinds.FirstOrDefault(k => k.Prefix == found);
                var foundText = foundKind is null ? $"a SID with the unknown prefix '{found}'" : Describe(foundKind);
                var expected = string.Join(" or ", kinds.Select(Describe));
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.WrongSidKind, value.Location, text, foundText, place.Name, expected));
            }
        }

        private static string Describe(SidKindSpec kind) => kind.Prefix is null ? $"a {kind.Name} SID" : $"a {kind.Name} SID ({kind.Prefix}…)";

        /// <summary>Where unique names are allowed, only a value made of an expected prefix and hex digits is meant as a SID.</summary>
        private static bool StartsLikeSid(string text, ImmutableArray<SidKindSpec> kinds)
            => text.Length > 2
               && kinds.Any(k => k.Prefix is not null && text.StartsWith(k.Prefix, System.StringComparison.Ordinal))
               && text.Skip(2).All(c => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
    }
}
