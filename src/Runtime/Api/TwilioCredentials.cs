using System;
using System.Text;

namespace ConversationHooks
{
    /// <summary>
    /// Who calls Twilio's REST API: an account SID with its auth token, or an API key (SID and secret)
    /// of that account. Sent as HTTP Basic authentication. The SID parameters carry <see cref="SidAttribute"/>,
    /// so the analyzers check SID literals passed to them at build time. The token or secret is never shown:
    /// <see cref="ToString"/> and every message name the SIDs only.
    /// </summary>
    public sealed class TwilioCredentials
    {
        private readonly string _basicParameter;

        private TwilioCredentials(string accountSid, string? apiKeySid, string user, string secret)
        {
            AccountSid = accountSid;
            ApiKeySid = apiKeySid;
            _basicParameter = Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + secret));
        }

        /// <summary>The account the calls act on (<c>AC…</c>).</summary>
        public string AccountSid { get; }

        /// <summary>The API key the calls authenticate with (<c>SK…</c>); null with an auth token.</summary>
        public string? ApiKeySid { get; }

        /// <summary>Credentials of an account: its SID and auth token.</summary>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="accountSid"/> is not an Account SID, or <paramref name="authToken"/> is empty.</exception>
        public static TwilioCredentials FromAuthToken([Sid("AC")] string accountSid, [Secret] string authToken)
        {
            CheckSid(accountSid, nameof(accountSid), "AccountSid", "AC");
            CheckSecret(authToken, nameof(authToken));
            return new TwilioCredentials(accountSid, null, accountSid, authToken);
        }

        /// <summary>Credentials of an API key: the account's SID, the key's SID and its secret.</summary>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">A SID of the wrong kind or shape, or an empty secret.</exception>
        public static TwilioCredentials FromApiKey([Sid("AC")] string accountSid, [Sid("SK")] string apiKeySid, [Secret] string apiKeySecret)
        {
            CheckSid(accountSid, nameof(accountSid), "AccountSid", "AC");
            CheckSid(apiKeySid, nameof(apiKeySid), "ApiKeySid", "SK");
            CheckSecret(apiKeySecret, nameof(apiKeySecret));
            return new TwilioCredentials(accountSid, apiKeySid, apiKeySid, apiKeySecret);
        }

        /// <summary>
        /// Credentials from named settings, such as the configuration keys <c>Twilio:AccountSid</c>,
        /// <c>Twilio:AuthToken</c>, <c>Twilio:ApiKeySid</c> and <c>Twilio:ApiKeySecret</c>, or environment variables:
        /// the API key when its SID or secret is set, else the auth token.
        /// </summary>
        /// <param name="read">Reads a setting by its name; null or empty when it is not set.</param>
        /// <param name="accountSid">The name of the account SID's setting.</param>
        /// <param name="authToken">The name of the auth token's setting.</param>
        /// <param name="apiKeySid">The name of the API key SID's setting.</param>
        /// <param name="apiKeySecret">The name of the API key secret's setting.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="InvalidOperationException">
        /// The settings hold no credentials, half an API key, or a value that is not a SID where one belongs. The
        /// message names the settings and shows of a value at most its length and first two characters.
        /// </exception>
        public static TwilioCredentials FromSettings(Func<string, string?> read, string accountSid, string authToken, string apiKeySid, string apiKeySecret)
        {
            if (read is null || accountSid is null || authToken is null || apiKeySid is null || apiKeySecret is null)
            {
                throw new ArgumentNullException(read is null ? nameof(read) : accountSid is null ? nameof(accountSid) : authToken is null ? nameof(authToken) : apiKeySid is null ? nameof(apiKeySid) : nameof(apiKeySecret));
            }

            var account = read(accountSid);
            var token = read(authToken);
            var key = read(apiKeySid);
            var secret = read(apiKeySecret);
            if (string.IsNullOrEmpty(account) || (string.IsNullOrEmpty(token) && string.IsNullOrEmpty(key) && string.IsNullOrEmpty(secret)))
            {
                throw new InvalidOperationException($"No Twilio credentials: set {accountSid} with {authToken}, or {accountSid} with {apiKeySid} and {apiKeySecret}.");
            }

            CheckSetting(account!, accountSid, "AccountSid", "AC");
            if (string.IsNullOrEmpty(key) && string.IsNullOrEmpty(secret))
            {
                return FromAuthToken(account!, token!);
            }

            if (string.IsNullOrEmpty(key) || string.IsNullOrEmpty(secret))
            {
                throw new InvalidOperationException($"{(string.IsNullOrEmpty(key) ? apiKeySecret : apiKeySid)} is set without {(string.IsNullOrEmpty(key) ? apiKeySid : apiKeySecret)}: an API key needs both.");
            }

            CheckSetting(key!, apiKeySid, "ApiKeySid", "SK");
            return FromApiKey(account!, key!, secret!);
        }

        /// <summary>The parameter of the <c>Authorization: Basic …</c> header.</summary>
        internal string BasicParameter => _basicParameter;

        /// <summary>The SIDs, never the token or secret.</summary>
        public override string ToString()
            => ApiKeySid is null
                ? $"TwilioCredentials {{ AccountSid = {AccountSid} }}"
                : $"TwilioCredentials {{ AccountSid = {AccountSid}, ApiKeySid = {ApiKeySid} }}";

        private static void CheckSid(string value, string parameter, string kind, string prefix)
        {
            if (value is null)
            {
                throw new ArgumentNullException(parameter);
            }

            // A secret passed where the SID belongs (arguments swapped) must not reach a message or a log.
            var error = SidFormat.Check(value.AsSpan(), prefix);
            if (error != SidError.None)
            {
                throw new ArgumentException(SidFormat.DescribeConcealed(error, value, kind, prefix), parameter);
            }
        }

        private static void CheckSetting(string value, string setting, string kind, string prefix)
        {
            var error = SidFormat.Check(value.AsSpan(), prefix);
            if (error != SidError.None)
            {
                throw new InvalidOperationException($"{setting}: {SidFormat.DescribeConcealed(error, value, kind, prefix)}");
            }
        }

        private static void CheckSecret(string value, string parameter)
        {
            if (value is null)
            {
                throw new ArgumentNullException(parameter);
            }

            if (value.Length == 0)
            {
                throw new ArgumentException("The secret cannot be empty.", parameter);
            }
        }
    }
}
