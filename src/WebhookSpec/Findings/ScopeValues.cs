using System;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Spec.Findings
{
    /// <summary>
    /// Whether a scope accepts a method or target (CWH005). Methods compare ignoring ASCII case where the
    /// spec says the scope's methods do (<c>methodsIgnoreCase</c>), as the generated parsers do; targets exactly.
    /// </summary>
    internal static class ScopeValues
    {
        public static bool Accepts(ScopeSpec scope, bool isMethod, string value)
        {
            var accepted = isMethod ? scope.Methods : scope.Targets;
            var ignoreCase = isMethod && scope.MethodsIgnoreCase;
            for (var i = 0; i < accepted.Count; i++)
            {
                if (ignoreCase ? WireCase.EqualsIgnoringAsciiCase(value, accepted[i]) : string.Equals(accepted[i], value, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
