using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Findings;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Tool.Audit
{
    /// <summary>
    /// The analyzers' rules over live values: unknown filters (CWH001), filters not delivered at their scope
    /// (CWH002), methods and targets out of place (CWH005), and a pre-action filter where no pre-event URL is
    /// set (CWH009), each in the words of <see cref="FindingMessages"/>.
    /// </summary>
    internal sealed class ConfigurationAudit
    {
        private readonly WebhookSpec _spec;
        private readonly Dictionary<string, FilterSpec> _filters;
        private readonly FilterSuggestions _suggestions;

        public ConfigurationAudit(WebhookSpec spec)
        {
            _spec = spec;
            _filters = spec.Filters.ToDictionary(f => f.Name, System.StringComparer.Ordinal);
            _suggestions = new FilterSuggestions(spec.Filters);
        }

        public IEnumerable<Finding> Check(WebhookSettings settings)
        {
            var scope = _spec.Scopes.FirstOrDefault(s => s.Name == settings.Scope);
            if (scope is not null && settings.Method is { } method && !ScopeValues.Accepts(scope, isMethod: true, method))
            {
                yield return OutOfPlace(settings, scope, method, "method", scope.Methods);
            }

            if (scope is not null && settings.Target is { } target && !ScopeValues.Accepts(scope, isMethod: false, target))
            {
                yield return OutOfPlace(settings, scope, target, "target", scope.Targets);
            }

            if (!settings.FiltersAreEvents)
            {
                yield break;
            }

            foreach (var name in settings.Filters)
            {
                if (CheckFilter(settings, name) is { } finding)
                {
                    yield return finding;
                }
            }
        }

        private Finding? CheckFilter(WebhookSettings settings, string name)
        {
            if (!_filters.TryGetValue(name, out var filter))
            {
                return Found(DiagnosticIds.UnknownFilter, settings, name, FindingMessages.UnknownFilter, name, FindingMessages.DidYouMean(_suggestions.Closest(name)));
            }

            if (!filter.Scopes.Contains(settings.Scope))
            {
                var advice = FindingMessages.NotDeliveredAdvice(filter, settings.Scope, Find, out _);
                return Found(DiagnosticIds.FilterNotDeliveredAtScope, settings, name, FindingMessages.FilterNotDeliveredAtScope, name, settings.Scope, advice);
            }

            return filter.Phase == FilterPhase.Pre && settings.HasPreEventUrl == false
                ? Found(DiagnosticIds.PreActionFilterWithoutPreEventUrl, settings, name, FindingMessages.PreActionFilterWithoutPreEventUrl, name, settings.Scope)
                : null;
        }

        private FilterSpec? Find(string name) => _filters.TryGetValue(name, out var filter) ? filter : null;

        private static Finding OutOfPlace(WebhookSettings settings, ScopeSpec scope, string value, string what, IEnumerable<string> accepted)
            => Found(DiagnosticIds.InvalidMethodOrTarget, settings, value, FindingMessages.InvalidMethodOrTarget, value, what, scope.Name, FindingMessages.Expected(accepted));

        private static Finding Found(string id, WebhookSettings settings, string value, string template, params object[] arguments)
            => new(id, settings.Resource, value, string.Format(CultureInfo.InvariantCulture, template, arguments));
    }
}
