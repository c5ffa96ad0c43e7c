using System;
using System.Collections.Generic;
using System.Linq;

namespace ConversationHooks.Tool
{
    /// <summary>
    /// Credentials and region from the environment, never from the command line (which shell history and process
    /// lists keep): Twilio's usual variables (TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or with TWILIO_API_KEY and
    /// TWILIO_API_SECRET; TWILIO_REGION, TWILIO_EDGE), else the app's configuration section as environment variables
    /// (<c>Twilio__AccountSid</c>, <c>Twilio__AuthToken</c>, <c>Twilio__ApiKeySid</c>, <c>Twilio__ApiKeySecret</c>,
    /// <c>Twilio__Region</c>, <c>Twilio__Edge</c>), the keys the client registration and the receiver read.
    /// Messages name the variables, never their values.
    /// </summary>
    internal sealed class EnvironmentCredentials
    {
        private const string AccountSid = "TWILIO_ACCOUNT_SID";
        private const string AuthToken = "TWILIO_AUTH_TOKEN";
        private const string ApiKey = "TWILIO_API_KEY";
        private const string ApiSecret = "TWILIO_API_SECRET";
        private const string Region = "TWILIO_REGION";
        private const string Edge = "TWILIO_EDGE";

        /// <summary>Each of Twilio's variables and the configuration key's variable that stands in for it.</summary>
        private static readonly Dictionary<string, string> s_configurationNames = new(StringComparer.Ordinal)
        {
            [AccountSid] = "Twilio__AccountSid",
            [AuthToken] = "Twilio__AuthToken",
            [ApiKey] = "Twilio__ApiKeySid",
            [ApiSecret] = "Twilio__ApiKeySecret",
            [Region] = "Twilio__Region",
            [Edge] = "Twilio__Edge",
        };

        private static readonly string[] s_credentialOptions = { "--account-sid", "--auth-token", "--token", "--api-key", "--api-secret", "--secret", "--password", "--username" };

        private readonly Func<string, string?> _environment;

        public EnvironmentCredentials(Func<string, string?> environment) => _environment = environment;

        /// <summary>
        /// The values of every credential variable set that is not a SID: what must never be printed, whatever variable
        /// holds it (a token in TWILIO_ACCOUNT_SID, a secret in TWILIO_API_KEY). Short values are left out: hiding them
        /// would garble every message and protect nothing.
        /// </summary>
        public IReadOnlyList<string> Secrets => new[] { AccountSid, AuthToken, ApiKey, ApiSecret }
            .Select(Read)
            .Where(value => value is { Length: >= 8 } && SidFormat.Check(value.AsSpan(), null) != SidError.None)
            .Select(value => value!)
            .ToList();

        /// <returns>Null, with <paramref name="error"/> saying why, when the environment holds no usable credentials.</returns>
        public TwilioCredentials? Read(out string? error)
        {
            error = null;
            try
            {
                return TwilioCredentials.FromSettings(Read, AccountSid, AuthToken, ApiKey, ApiSecret);
            }
            catch (InvalidOperationException e)
            {
                error = $"{e.Message} (Or the app's configuration keys as variables: {string.Join(", ", s_configurationNames.Values.Take(4))}.)";
                return null;
            }
        }

        /// <summary>The auth token the receiver checks signatures with (TWILIO_AUTH_TOKEN, or Twilio__AuthToken as the receiver's configuration reads it); null when neither is set.</summary>
        public string? ReadAuthToken() => Read(AuthToken);

        /// <summary>The account SID of TWILIO_ACCOUNT_SID (or Twilio__AccountSid) when it is one; else null.</summary>
        public string? ReadAccountSid() => Read(AccountSid) is { } value && SidFormat.Check(value.AsSpan(), "AC") == SidError.None ? value : null;

        /// <summary>The names of the variables <see cref="ReadAuthToken"/> reads, for messages.</summary>
        public static string AuthTokenVariables => $"{s_configurationNames[AuthToken]} (the receiver's Twilio:AuthToken) or {AuthToken}";

        /// <summary>The API's address for TWILIO_REGION and TWILIO_EDGE; null with <paramref name="error"/> when one is not a host name label.</summary>
        public Uri? BaseAddress(out string? error)
        {
            error = null;
            try
            {
                return TwilioApiConnection.RegionalBaseAddress(Read(Region), Read(Edge));
            }
            catch (ArgumentException)
            {
                error = $"{Region} and {Edge} (or {s_configurationNames[Region]}, {s_configurationNames[Edge]}) must be host name labels such as 'ie1' and 'dublin': letters, digits and '-'.";
                return null;
            }
        }

        /// <summary>The first argument that passes a credential (an option for one, or <c>TWILIO_…=value</c>); null when none does.</summary>
        public static string? FindInArguments(string[] args)
        {
            foreach (var arg in args)
            {
                var name = arg.Split('=', ':')[0];
                if (s_credentialOptions.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    return name;
                }

                if ((arg.StartsWith("TWILIO_", StringComparison.OrdinalIgnoreCase) || arg.StartsWith("Twilio__", StringComparison.OrdinalIgnoreCase)) && arg.Contains('='))
                {
                    return name;
                }
            }

            return null;
        }

        private string? Read(string variable)
        {
            var value = _environment(variable);
            return string.IsNullOrEmpty(value) ? _environment(s_configurationNames[variable]) : value;
        }
    }
}
