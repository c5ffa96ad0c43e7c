using System.Collections.Immutable;
using ConversationHooks.Analyzers.Places;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConversationHooks.Analyzers.Rules
{
    /// <summary>
    /// CWH006 a string constant that could be a real secret, passed where the spec's bindings take a
    /// credential. Twilio's auth tokens are 32 hex digits and its API key secrets 32 letters and
    /// digits; "your_auth_token", "secret" or "12345" in samples and tests cannot be either, and
    /// reporting them would bury the real ones. 32 times one character is a placeholder too.
    /// </summary>
    internal sealed class CredentialRule : PlaceRule
    {
        private const int SecretLength = 32;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.HardCodedCredential);

        public override PlaceKind Kinds => PlaceKind.Credential;

        public override void Check(PlaceValue value, CheckedPlace place, CheckedPlaces places, OperationAnalysisContext context)
        {
            if (CouldBeSecret(value.Text))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.HardCodedCredential, value.Location, place.Name));
            }
        }

        private static bool CouldBeSecret(string text)
        {
            if (text.Length != SecretLength)
            {
                return false;
            }

            var repeated = true;
            foreach (var c in text)
            {
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
                {
                    return false;
                }

                repeated &= c == text[0];
            }

            return !repeated;
        }
    }
}
