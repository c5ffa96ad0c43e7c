using System;
using System.Net;
using System.Text.Json;

namespace ConversationHooks
{
    /// <summary>Turns an error answer (Twilio's JSON: <c>code</c>, <c>message</c>, <c>more_info</c>, <c>status</c>) into a <see cref="TwilioApiException"/>.</summary>
    internal static class TwilioErrorAnswer
    {
        public static TwilioApiException ToException(HttpStatusCode status, byte[] body, string call)
        {
            int? code = null;
            string? message = null;
            string? moreInfo = null;
            try
            {
                Read(body, ref code, ref message, ref moreInfo);
            }
            catch (JsonException)
            {
                // Not Twilio's JSON (a proxy's HTML page, a cut body): the status still says what happened.
            }

            var text = code is null && message is null
                ? $"Twilio answered {(int)status} ({status}) to {call}, without its error JSON."
                : $"Twilio answered {(int)status} ({status}) to {call}: {message ?? "(no message)"} (error {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "without a code"}{(moreInfo is null ? string.Empty : ", " + moreInfo)}).";
            return new TwilioApiException(text, TwilioApiFailure.ErrorAnswer, status, code, message, moreInfo);
        }

        private static void Read(byte[] body, ref int? code, ref string? message, ref string? moreInfo)
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "code" when reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number):
                        code = number;
                        break;
                    case "message" when reader.TokenType == JsonTokenType.String:
                        message = reader.GetString();
                        break;
                    case "more_info" when reader.TokenType == JsonTokenType.String:
                        moreInfo = reader.GetString();
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }
    }
}
