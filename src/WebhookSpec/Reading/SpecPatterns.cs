using System.Text.RegularExpressions;

namespace ConversationHooks.Spec.Reading
{
    /// <summary>
    /// Every pattern a spec string must match, in one place: <c>webhook-spec.schema.json</c> states the
    /// same ones for editors, and a test checks that each of the schema's is here.
    /// </summary>
    internal static class SpecPatterns
    {
        // \z, not $: $ also matches before a final "\n", which would let "onMessageAdded\n" through.
        public static readonly Regex FilterNamePattern = new("^on[A-Z][A-Za-z]{0,62}\\z", RegexOptions.CultureInvariant);
        public static readonly Regex IdentifierPattern = new("^[a-z][A-Za-z0-9]{0,63}\\z", RegexOptions.CultureInvariant);
        public static readonly Regex TypeNamePattern = new("^[A-Z][A-Za-z0-9]{0,63}\\z", RegexOptions.CultureInvariant);
        public static readonly Regex WireNamePattern = new("^[A-Za-z][A-Za-z0-9_.]{0,63}\\z", RegexOptions.CultureInvariant);
        public static readonly Regex WireValuePattern = new("^[A-Za-z][A-Za-z0-9_-]{0,63}\\z", RegexOptions.CultureInvariant);
        public static readonly Regex HttpMethodPattern = new("^[A-Z]{3,7}\\z", RegexOptions.CultureInvariant);
        public static readonly Regex ResourcePathPattern = new(@"^(/([A-Za-z0-9]+|\{[A-Za-z]+\}))+\z", RegexOptions.CultureInvariant);
        public static readonly Regex AnswerFieldPattern = new("^[a-z][a-z0-9_]{0,63}\\z", RegexOptions.CultureInvariant);
        public static readonly Regex PrefixPattern = new("^[A-Z]{2}\\z", RegexOptions.CultureInvariant);
        public static readonly Regex MetadataNamePattern = new(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*(\+[A-Za-z_][A-Za-z0-9_]*)*\z", RegexOptions.CultureInvariant);
        public static readonly Regex MemberNamePattern = new(@"^(\.ctor|[A-Za-z_][A-Za-z0-9_]*)\z", RegexOptions.CultureInvariant);
    }
}
