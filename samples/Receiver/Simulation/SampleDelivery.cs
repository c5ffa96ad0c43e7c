using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;

namespace ConversationHooks.Samples.Receiver.Simulation
{
    /// <summary>One event the simulator delivers, as Twilio would: a signed form POST with an idempotency token.</summary>
    internal sealed class SampleDelivery
    {
        private SampleDelivery(WebhookForm form)
        {
            Form = form;
            EventType = WebhookFilterValue.FromWireName(form.GetValue("EventType") ?? string.Empty);
        }

        public WebhookForm Form { get; }

        public WebhookFilterValue EventType { get; }

        /// <summary>True for an event Twilio waits for the answer to (onMessageAdd, ...).</summary>
        public bool IsPreAction => EventType.TryGetValue(out var filter) && filter.GetPhase() == WebhookPhase.Pre;

        /// <summary>The event in <paramref name="directory"/>'s <c>{eventType}.form</c>, its <c>Body</c> replaced by <paramref name="body"/> when given.</summary>
        public static SampleDelivery Read(string directory, string eventType, string? body = null)
        {
            var form = WebhookForm.Parse(File.ReadAllText(Path.Combine(directory, eventType + ".form")));
            return new SampleDelivery(body is null ? form : WebhookForm.FromPairs(form.Select(pair => pair.Key == "Body" ? new KeyValuePair<string, string>("Body", body) : pair)));
        }

        public HttpRequestMessage ToRequest(Uri url, string authToken)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(Form.ToFormBody(), Encoding.UTF8, "application/x-www-form-urlencoded"),
            };
            request.Headers.Add(TwilioRequestValidator.SignatureHeaderName, new TwilioRequestSigner(authToken).Sign(url.AbsoluteUri, Form));
            request.Headers.Add("I-Twilio-Idempotency-Token", Guid.NewGuid().ToString("N"));
            request.Headers.UserAgent.ParseAdd("TwilioProxy/1.1");
            return request;
        }

        /// <summary><c>onMessageAdd "the body"</c>, or the event type alone when it carries no body.</summary>
        public override string ToString() => Form.GetValue("Body") is { } body ? $"{EventType} \"{body}\"" : EventType.ToString();
    }
}
