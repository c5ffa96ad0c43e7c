using System;
using System.Linq;

namespace ConversationHooks.Audit
{
    /// <summary>
    /// Credentials from Twilio's usual environment variables, never from the command line (which shell
    /// history and process lists keep): TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or with TWILIO_API_KEY and
    /// TWILIO_API_SECRET. Messages name the variables, never their values.
    /// </summary>
    internal static class EnvironmentCredentials
    {
        private static readonly string[] s_credentialOptions = { "--account-sid", "--auth-token", "--token", "--api-key", "--api-secret", "--secret", "--password", "--username" };

        public static TwilioCredentials? Read(Func<string, string?> environment, out string? error)
        {
            var accountSid = environment("TWILIO_ACCOUNT_SID");
            var authToken = environment("TWILIO_AUTH_TOKEN");
            var apiKey = environment("TWILIO_API_KEY");
            var apiSecret = environment("TWILIO_API_SECRET");
            error = null;
            try
            {
                if (!string.IsNullOrEmpty(accountSid) && !string.IsNullOrEmpty(apiKey) && !string.IsNullOrEmpty(apiSecret))
                {
                    return TwilioCredentials.FromApiKey(accountSid, apiKey, apiSecret);
                }

                if (!string.IsNullOrEmpty(accountSid) && !string.IsNullOrEmpty(authToken))
                {
                    return TwilioCredentials.FromAuthToken(accountSid, authToken);
                }
            }
            catch (ArgumentException e)
            {
                error = $"The credentials in the environment are not valid: {e.Message}";
                return null;
            }

            error = "No credentials: set TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_ACCOUNT_SID with TWILIO_API_KEY and TWILIO_API_SECRET.";
            return null;
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

                if (arg.StartsWith("TWILIO_", StringComparison.OrdinalIgnoreCase) && arg.Contains('='))
                {
                    return name;
                }
            }

            return null;
        }
    }
}
