using Microsoft.CodeAnalysis;

namespace ConversationHooks.Analyzers.Places
{
    /// <summary>A constant string that reaches a checked place, and where to report it.</summary>
    internal readonly struct PlaceValue
    {
        private readonly SyntaxNode _syntax;

        public PlaceValue(string text, SyntaxNode syntax, bool isLiteral)
        {
            Text = text;
            _syntax = syntax;
            IsLiteral = isLiteral;
        }

        public string Text { get; }

        /// <summary>The literal, or the reference to a constant (never its distant declaration); made only when reported.</summary>
        public Location Location => _syntax.GetLocation();

        /// <summary>True for a string literal (code fixes replace only literals).</summary>
        public bool IsLiteral { get; }
    }
}
