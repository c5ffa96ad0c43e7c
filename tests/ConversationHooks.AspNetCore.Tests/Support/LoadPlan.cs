using System.Globalization;
using System.Linq;

namespace ConversationHooks.AspNetCore.Tests.Support;

/// <summary>
/// The deliveries of the load test: alternately an onMessageAdd (answered with a change naming its message)
/// and an onMessageAdded, each message once, except that every fifth delivery is Twilio's redelivery of the
/// one before it: the same body and the same I-Twilio-Idempotency-Token.
/// </summary>
internal sealed class LoadPlan
{
    private const int RedeliveryEvery = 5;
    private const string BodyPrefix = "message ";

    private readonly Delivery[] _deliveries;

    public LoadPlan(int count, string url, string token)
    {
        var add = WebhookForm.Parse(Fixture.ReadEvent("onMessageAdd"));
        var added = WebhookForm.Parse(Fixture.ReadEvent("onMessageAdded"));
        _deliveries = new Delivery[count];
        for (var i = 0; i < count; i++)
        {
            _deliveries[i] = i % RedeliveryEvery == RedeliveryEvery - 1
                ? _deliveries[i - 1] with { IsRedelivery = true }
                : Deliver(i % 2 == 0 ? add : added, message: i, url, token);
        }
    }

    public int Count => _deliveries.Length;

    /// <summary>The messages sent, each once however often it was delivered.</summary>
    public int DistinctMessages => _deliveries.Count(d => !d.IsRedelivery);

    public int Redeliveries => _deliveries.Count(d => d.IsRedelivery);

    public Delivery this[int index] => _deliveries[index];

    /// <summary>The text a handler reads and answers with: which message this is.</summary>
    public static string BodyOf(int message) => BodyPrefix + message.ToString(CultureInfo.InvariantCulture);

    /// <summary>The message a <see cref="BodyOf"/> text names.</summary>
    public static int MessageIn(string body) => int.Parse(body.AsSpan(BodyPrefix.Length), CultureInfo.InvariantCulture);

    public static string ChangedBodyOf(int message) => "checked " + message;

    private static Delivery Deliver(WebhookForm form, int message, string url, string token)
    {
        var body = WebhookForm.FromPairs(form.Where(p => p.Key != "Body").Append(new("Body", BodyOf(message)))).ToFormBody();
        var isPreAction = form.GetValue("EventType") == "onMessageAdd";
        return new Delivery(message, isPreAction, body, TwilioSignature.SignForm(token, url, body), "delivery-" + message, IsRedelivery: false);
    }

    /// <param name="Message">The message it carries (its body is <see cref="BodyOf"/>).</param>
    /// <param name="IsPreAction">onMessageAdd (answered with a change) rather than onMessageAdded (200, no body).</param>
    public sealed record Delivery(int Message, bool IsPreAction, string FormBody, string Signature, string IdempotencyToken, bool IsRedelivery)
    {
        /// <summary>The answer this delivery must get: the same for a redelivery as for the first one.</summary>
        public string ExpectedAnswer => IsPreAction ? $"{{\"body\":\"{ChangedBodyOf(Message)}\"}}" : string.Empty;
    }
}
