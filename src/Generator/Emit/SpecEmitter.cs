using System.Collections.Generic;
using System.Linq;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Generator.Emit
{
    /// <summary>The whole output for one spec: a pure function of the model and the options.</summary>
    internal static class SpecEmitter
    {
        public static IEnumerable<GeneratedFile> Emit(WebhookSpec spec, GeneratorOptions options)
        {
            yield return FilterEmitter.Emit(spec, options);
            foreach (var kind in spec.SidKinds)
            {
                yield return SidEmitter.Emit(kind, options);
            }

            foreach (var scope in spec.Scopes)
            {
                if (scope.Methods.Count > 0 || scope.Targets.Count > 0)
                {
                    yield return EmitScopeEnums(scope, options);
                }

                foreach (var request in scope.Requests)
                {
                    yield return RequestEmitter.Emit(request, scope, options);
                }

                if (scope.Response is not null)
                {
                    foreach (var file in ResponseEmitter.Emit(scope.Response, scope, options))
                    {
                        yield return file;
                    }
                }
            }
        }

        private static GeneratedFile EmitScopeEnums(ScopeSpec scope, GeneratorOptions options)
            => GeneratedCode.File(Naming.ScopeName(scope.Name) + "WebhookEnums", options, w =>
            {
                if (scope.Methods.Count > 0)
                {
                    var methods = scope.Methods.Select(m => new WireMember(m, $"HTTP {m.ToUpperInvariant()}, written as \"{m}\" at this scope.")).ToList();
                    WireEnumEmitter.Emit(w, new WireEnum(Naming.MethodTypeName(scope.Name), $"The HTTP method Twilio uses to call a webhook at {scope.Name} scope.", methods), options);
                }

                if (scope.Targets.Count > 0)
                {
                    w.Line();
                    var targets = scope.Targets.Select(t => new WireMember(t, $"the \"{t}\" target.")).ToList();
                    WireEnumEmitter.Emit(w, new WireEnum(Naming.TargetTypeName(scope.Name), $"Where a webhook at {scope.Name} scope delivers its events.", targets), options);
                }
            });
    }
}
