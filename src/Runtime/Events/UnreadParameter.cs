using System;

namespace ConversationHooks
{
    /// <summary>
    /// A parameter of a webhook request whose value could not be read into its typed property (a number
    /// that is not one, a date in a format not foreseen, a SID of another kind, a value given twice):
    /// the property is left unset, the pair stays in <c>WebhookEvent.Form</c> as it came, and this says why.
    /// </summary>
    public sealed class UnreadParameter
    {
        /// <summary>Creates the record of a parameter that could not be read.</summary>
        /// <param name="name">The parameter's wire name, such as <c>Index</c>.</param>
        /// <param name="problem">Why its value could not be read.</param>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="problem"/> is null.</exception>
        public UnreadParameter(string name, string problem)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Problem = problem ?? throw new ArgumentNullException(nameof(problem));
        }

        /// <summary>The parameter's wire name, such as <c>Index</c>.</summary>
        public string Name { get; }

        /// <summary>Why its value could not be read; it may quote the value.</summary>
        public string Problem { get; }

        /// <summary>The name and the problem: <c>'Index': 'x' is not an integer.</c></summary>
        public override string ToString() => $"'{Name}': {Problem}";
    }
}
