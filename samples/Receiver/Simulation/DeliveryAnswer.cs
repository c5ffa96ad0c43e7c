using System.Net.Http;
using System.Threading.Tasks;

namespace ConversationHooks.Samples.Receiver.Simulation
{
    /// <summary>What the receiver answered one delivery, in the words of the handler that answered it.</summary>
    internal sealed class DeliveryAnswer
    {
        private DeliveryAnswer(int statusCode, string meaning, bool isHandled)
        {
            StatusCode = statusCode;
            Meaning = meaning;
            IsHandled = isHandled;
        }

        public int StatusCode { get; }

        /// <summary><c>continue</c>, <c>reject</c>, <c>change {...}</c> (pre-action), <c>received</c> (post-action), or why it was refused.</summary>
        public string Meaning { get; }

        /// <summary>False when the endpoint refused the request or a handler failed: something to fix.</summary>
        public bool IsHandled { get; }

        public static async Task<DeliveryAnswer> ReadAsync(SampleDelivery delivery, HttpResponseMessage response)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            if (status is >= 200 and <= 299)
            {
                var meaning = !delivery.IsPreAction ? "received" : body.Length == 0 ? "continue" : "change " + body;
                return new DeliveryAnswer(status, meaning, isHandled: true);
            }

            // The endpoint's own refusals name their problem in the body; a pre-action handler's rejection has none.
            if (body.Length > 0)
            {
                return new DeliveryAnswer(status, "refused: " + body, isHandled: false);
            }

            if (delivery.IsPreAction)
            {
                return new DeliveryAnswer(status, "reject", isHandled: true);
            }

            return status == 403
                ? new DeliveryAnswer(status, "refused: the signature does not match (is Twilio:AuthToken the receiver's, and the URL the one it listens at?)", isHandled: false)
                : new DeliveryAnswer(status, "failed: the handler threw (see the receiver's log)", isHandled: false);
        }

        public override string ToString() => $"{StatusCode} {Meaning}";
    }
}
