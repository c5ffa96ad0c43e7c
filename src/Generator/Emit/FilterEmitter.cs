using System.Linq;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>
    /// Emits <c>WebhookFilter</c> (with its names and forward-compatible value), the phase, scope and
    /// resource enums, and <c>WebhookFilterInfo</c>: phase, resource, counterpart and accepted scopes
    /// of each filter, as switches (no allocation, no reflection).
    /// </summary>
    internal static class FilterEmitter
    {
        public static GeneratedFile Emit(WebhookSpec spec, GeneratorOptions options)
            => GeneratedCode.File("WebhookFilter", options, w =>
            {
                var filters = new WireEnum(
                    "WebhookFilter",
                    "A Twilio Conversations webhook event filter.",
                    spec.Filters.Select(f => new WireMember(f.Name, $"{(f.Phase == FilterPhase.Pre ? "pre-action" : "post-action")}: {f.Description}")).ToList());
                WireEnumEmitter.Emit(w, filters, options);
                w.Line();
                EmitPlainEnum(w, options, "WebhookPhase", "When a webhook fires relative to the action.", new[] { ("Pre", "Before the action: the answer can change or reject it."), ("Post", "After the action: a notification only.") });
                w.Line();
                EmitPlainEnum(w, options, "WebhookScope", "Where a webhook is configured.", spec.Scopes.Select(s => (Naming.ScopeName(s.Name), SourceWriter.EscapeXml(s.Description))).ToArray());
                w.Line();
                EmitPlainEnum(w, options, "WebhookEventResource", "The kind of resource an event is about.", spec.Resources.Select(r => (Naming.PropertyName(r), $"Events about a {r}.")).ToArray());
                w.Line();
                EmitInfo(w, spec, options);
            });

        private static void EmitPlainEnum(SourceWriter w, GeneratorOptions options, string name, string summary, (string Member, string Summary)[] members)
        {
            w.Summary(summary);
            w.Line(GeneratedCode.Attribute);
            w.Open($"{options.Accessibility} enum {name}");
            foreach (var (member, memberSummary) in members)
            {
                w.Summary(memberSummary);
                w.Line(member + ",");
            }

            w.Close();
        }

        private static void EmitInfo(SourceWriter w, WebhookSpec spec, GeneratorOptions options)
        {
            w.Summary("What the spec says about each WebhookFilter.");
            w.Line(GeneratedCode.Attribute);
            w.Open($"{options.Accessibility} static class WebhookFilterInfo");

            w.Summary("Whether the filter fires before (pre) or after (post) the action.");
            EmitSwitch(w, "WebhookPhase GetPhase(this WebhookFilter filter)", spec, f => $"WebhookPhase.{f.Phase}");
            w.Line();
            w.Summary("The kind of resource the filter's events are about.");
            EmitSwitch(w, "WebhookEventResource GetResource(this WebhookFilter filter)", spec, f => $"WebhookEventResource.{Naming.PropertyName(f.Resource)}");
            w.Line();

            w.Summary("True when the scope delivers the filter's events.");
            w.Open("public static bool IsAcceptedAt(this WebhookFilter filter, WebhookScope scope)");
            w.Open("switch (scope)");
            foreach (var scope in spec.Scopes)
            {
                w.Line($"case WebhookScope.{Naming.ScopeName(scope.Name)}: return IsAcceptedAt{Naming.ScopeName(scope.Name)}(filter);");
            }

            w.Line("default: return false;");
            w.Close();
            w.Close();
            foreach (var scope in spec.Scopes)
            {
                w.Line();
                EmitAcceptedAt(w, spec, scope);
            }
            w.Line();

            w.Summary("The post-action filter that follows a pre-action one (onMessageAdd -&gt; onMessageAdded).");
            w.Open("public static bool TryGetCounterpart(this WebhookFilter filter, out WebhookFilter counterpart)");
            w.Open("switch (filter)");
            foreach (var filter in spec.Filters.Where(f => f.Counterpart is not null))
            {
                w.Line($"case WebhookFilter.{Naming.MemberName(filter.Name)}: counterpart = WebhookFilter.{Naming.MemberName(filter.Counterpart!)}; return true;");
            }

            w.Line("default: counterpart = default; return false;");
            w.Close();
            w.Close();
            w.Close();
        }

        /// <summary>One scope's accepted filters as grouped case labels.</summary>
        private static void EmitAcceptedAt(SourceWriter w, WebhookSpec spec, ScopeSpec scope)
        {
            var accepted = spec.Filters.Where(f => f.Scopes.Contains(scope.Name)).ToList();
            w.Open($"private static bool IsAcceptedAt{Naming.ScopeName(scope.Name)}(WebhookFilter filter)");
            w.Open("switch (filter)");
            foreach (var filter in accepted)
            {
                w.Line($"case WebhookFilter.{Naming.MemberName(filter.Name)}:");
            }

            if (accepted.Count > 0)
            {
                w.Line("    return true;");
            }

            w.Line("default:");
            w.Line("    return false;");
            w.Close();
            w.Close();
        }

        private static void EmitSwitch(SourceWriter w, string signature, WebhookSpec spec, System.Func<FilterSpec, string> result)
        {
            w.Open("public static " + signature);
            w.Open("switch (filter)");
            foreach (var filter in spec.Filters)
            {
                w.Line($"case WebhookFilter.{Naming.MemberName(filter.Name)}: return {result(filter)};");
            }

            w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(filter), filter, \"Not a defined \" + nameof(WebhookFilter) + \".\");");
            w.Close();
            w.Close();
        }
    }
}
