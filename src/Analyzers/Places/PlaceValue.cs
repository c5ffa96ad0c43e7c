using Microsoft.CodeAnalysis;

namespace ConversationHooks.Analyzers.Places
{
    /// <summary>A constant string that reaches a checked place, and where to report it.</summary>
    internal readonly struct PlaceValue
    {
        public PlaceValue(string text, Location location, bool isLiteral)
        {
            Text = text;
            Location = location;
            IsLiteral = isLiteral;
        }

        public string Text { get; }

        /// <summary>The literal, or the reference to a constant (never its distant declaration).</summary>
        public Location Location { get; }

        /// <summary>True for a string literal (code fixes replace only literals).</summary>
        public bool IsLiteral { get; }
    }
}
