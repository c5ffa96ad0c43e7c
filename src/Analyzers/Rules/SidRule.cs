using System;
using System.Collections.Immutable;
using System.Linq;
using ConversationHooks.Analyzers.Places;
using ConversationHooks.Spec.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ConversationHooks.Analyzers.Rules
{
    /// <summary>
    /// CWH003 a malformed SID literal, one that was meant as a SID (<see cref="SidPlaceholders"/>);
    /// CWH004 a well-formed (or placeholder) SID of the wrong kind, or a resource's SID property of the
    /// wrong kind (<see cref="CheckHeld"/>); CWH008 a placeholder: Twilio's
    /// <c>ACXXXX…</c> of the right kind, or a word that is no attempt at a SID at all.
    /// </summary>
    internal sealed class SidRule : PlaceRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.MalformedSid, Descriptors.WrongSidKind, Descriptors.PlaceholderSid);

        public override PlaceKind Kinds => PlaceKind.Sid;

        public override void Check(PlaceValue value, CheckedPlace place, CheckedPlaces places, OperationAnalysisContext context)
        {
            var text = value.Text;
            var kinds = place.SidKinds;
            var placeholder = SidPlaceholders.IsTwilioPlaceholder(text);
            if (!placeholder && SidFormat.Check(text.AsSpan(), prefix: null) != SidError.None)
            {
                if (place.AllowsUniqueName && !StartsLikeSid(text, kinds))
                {
                    return; // a unique name, not a SID
                }

                if (!SidPlaceholders.IsAttempt(text, places.Spec.SidKinds))
                {
                    ReportPlaceholder(value, place, context);
                    return;
                }

                var single = kinds.Length == 1 ? kinds[0] : null;
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
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.WrongSidKind, value.Location, text, foundText, place.Name, Expected(kinds)));
            }
            else if (placeholder)
            {
                ReportPlaceholder(value, place, context);
            }
        }

        /// <summary>
        /// CWH004 for a value read from a property that holds a SID of a known kind (the spec's
        /// <c>holds</c>: <c>conversation.Sid</c> is a Conversation SID) at a place that takes another kind:
        /// computed at run time, but of a kind the SDK's resource type fixes.
        /// </summary>
        public static void CheckHeld(IOperation value, CheckedPlace place, CheckedPlaces places, OperationAnalysisContext context)
        {
            if (ConstantFlow.Unwrap(value) is not IPropertyReferenceOperation read)
            {
                return;
            }

            var held = places.HeldSidKinds(read.Property);
            if (held.IsEmpty || place.SidKinds.Any(k => k.Prefix is null || held.Any(h => h.Prefix == k.Prefix)))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.WrongSidKind, read.Syntax.GetLocation(), read.Syntax.ToString(), Expected(held), place.Name, Expected(place.SidKinds)));
        }

        private static void ReportPlaceholder(PlaceValue value, CheckedPlace place, OperationAnalysisContext context)
            => context.ReportDiagnostic(Diagnostic.Create(Descriptors.PlaceholderSid, value.Location, value.Text, place.Name, Expected(place.SidKinds)));

        /// <summary>What a place takes, for messages: <c>an Account SID (AC…) or an ApiKey SID (SK…)</c>.</summary>
        internal static string Expected(ImmutableArray<SidKindSpec> kinds) => string.Join(" or ", kinds.Select(Describe));

        private static string Describe(SidKindSpec kind)
        {
            var article = "AEIOU".IndexOf(kind.Name[0]) >= 0 ? "an" : "a";
            return kind.Prefix is null ? $"{article} {kind.Name} SID" : $"{article} {kind.Name} SID ({kind.Prefix}…)";
        }

        /// <summary>Where unique names are allowed, only a value made of an expected prefix and hex digits is meant as a SID.</summary>
        private static bool StartsLikeSid(string text, ImmutableArray<SidKindSpec> kinds)
            => text.Length > 2
               && kinds.Any(k => k.Prefix is not null && text.StartsWith(k.Prefix, StringComparison.Ordinal))
               && text.Skip(2).All(SidPlaceholders.IsHexDigit);
    }
}
