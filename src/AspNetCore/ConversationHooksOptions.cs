using System;
using System.Collections.Generic;

namespace ConversationHooks.AspNetCore
{
    /// <summary>
    /// How the Conversations webhook endpoint receives requests: the secrets it checks signatures with, the
    /// public URL Twilio calls, the body limit, the pre-action budget and the duplicate window. Bound from
    /// configuration by <c>AddConversationHooks(builder.Configuration.GetSection("Twilio"))</c>.
    /// </summary>
    public sealed class ConversationHooksOptions
    {
        /// <summary>The largest <see cref="PreActionBudget"/>: Twilio waits 5 seconds, and the answer still has to travel back.</summary>
        public static readonly TimeSpan MaxPreActionBudget = TimeSpan.FromSeconds(4.5);

        /// <summary>The default <see cref="MaxBodySize"/>: 64 KiB, well above Twilio's few-KB events (a message body is at most 1,600 characters).</summary>
        public const long DefaultMaxBodySize = 64 * 1024;

        /// <summary>
        /// The auth token Twilio signs requests with (configuration key <c>AuthToken</c>). Keep it in a
        /// secret store or the environment (<c>Twilio__AuthToken</c>); it is never logged.
        /// </summary>
        public string? AuthToken { get; set; }

        /// <summary>
        /// More tokens accepted beside <see cref="AuthToken"/> (configuration keys <c>AuthTokens:0</c>,
        /// <c>AuthTokens:1</c>, ...): during a rotation, the primary and the secondary token.
        /// </summary>
        public IList<string> AuthTokens { get; } = new List<string>();

        /// <summary>
        /// The SharedKeys accepted beside the tokens (configuration keys <c>SharedKeys:0:Id</c>,
        /// <c>SharedKeys:0:Secret</c>, <c>SharedKeys:0:Algorithm</c>, ...), for requests that carry
        /// <c>X-Twilio-Webhooks-Signature-Settings</c>; each is pinned to its algorithm.
        /// </summary>
        public IList<ConversationHooksSharedKey> SharedKeys { get; } = new List<ConversationHooksSharedKey>();

        /// <summary>
        /// The scheme, host and path base Twilio calls (<c>https://hooks.example.com</c>, or with a path base
        /// such as <c>https://example.com/app</c>), when the app cannot see them: behind a tunnel or a proxy
        /// whose forwarded headers it does not read. Null (the default): the request's own
        /// <c>Scheme</c>, <c>Host</c> and <c>PathBase</c>, as <c>UseForwardedHeaders</c> leaves them.
        /// </summary>
        public Uri? PublicBaseUrl { get; set; }

        /// <summary>
        /// The hosts Twilio calls (configuration keys <c>AcceptedHosts:0</c>, ...: <c>hooks.example.com</c>, or with
        /// a port), when <see cref="PublicBaseUrl"/> is not set: the request's <c>Host</c> chooses the URL the
        /// signature is checked against, so without this a request signed for another app with the same token
        /// would be accepted when replayed with that app's host. A request for any other host is answered 403.
        /// Empty (the default): any host.
        /// </summary>
        public IList<string> AcceptedHosts { get; } = new List<string>();

        /// <summary>The largest body read, in bytes; a longer one is answered 413 without reading the rest. Default <see cref="DefaultMaxBodySize"/>.</summary>
        public long MaxBodySize { get; set; } = DefaultMaxBodySize;

        /// <summary>
        /// How long a pre-action event may take from its arrival to its answer, whatever the duplicate cache and
        /// the handler do (Twilio waits 5 seconds). Default 4 seconds, at most <see cref="MaxPreActionBudget"/>; at
        /// its end the handler's <c>CancellationToken</c> is cancelled and <see cref="PreActionFailure"/> answers.
        /// </summary>
        public TimeSpan PreActionBudget { get; set; } = TimeSpan.FromSeconds(4);

        /// <summary>What Twilio is answered when a pre-action handler throws or runs past <see cref="PreActionBudget"/>. Default <see cref="PreActionFailureAnswer.Continue"/>.</summary>
        public PreActionFailureAnswer PreActionFailure { get; set; } = PreActionFailureAnswer.Continue;

        /// <summary>
        /// How long an <c>I-Twilio-Idempotency-Token</c> is remembered, so that a redelivery of the same event
        /// is answered as the first one was without calling the handler again. Default 1 hour (Twilio retries
        /// within minutes); <see cref="TimeSpan.Zero"/> turns duplicate suppression off.
        /// </summary>
        public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromHours(1);

        /// <summary>
        /// How long a look-up in the duplicate cache (<c>IDistributedCache</c>) may take before the event is
        /// processed without it; a stopped Redis must not cost Twilio's whole 5 seconds. Default 1 second; a
        /// pre-action event's look-up counts against its <see cref="PreActionBudget"/> and ends with it. The
        /// answer is remembered after it is sent, within the same timeout.
        /// </summary>
        public TimeSpan DuplicateCacheTimeout { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>
        /// How a signed request whose payload differs from the spec is read. Default
        /// <see cref="WebhookReadMode.Tolerant"/>: a value that cannot be read leaves its property null (logged
        /// as a warning, counted), and a request that cannot be read as an event at all goes to
        /// <c>hooks.OnUnreadable</c>; never a 400, because Twilio does not redeliver a refused post-action event
        /// and a refused pre-action event rejects the action. <see cref="WebhookReadMode.Strict"/> answers 400 naming the value.
        /// </summary>
        public WebhookReadMode ReadMode { get; set; } = WebhookReadMode.Tolerant;

        /// <summary>Every configured token: <see cref="AuthToken"/> first, then <see cref="AuthTokens"/>; empty ones left out.</summary>
        internal IEnumerable<string> AllAuthTokens()
        {
            if (!string.IsNullOrEmpty(AuthToken))
            {
                yield return AuthToken!;
            }

            foreach (var token in AuthTokens)
            {
                if (!string.IsNullOrEmpty(token))
                {
                    yield return token;
                }
            }
        }
    }
}
