using System;
using System.Net;

namespace ConversationHooks
{
    /// <summary>
    /// A call to Twilio's REST API did not succeed: Twilio answered with an error (its error JSON's
    /// <see cref="Code"/>, <see cref="ErrorMessage"/> and <see cref="MoreInfo"/>, when the body was one), or
    /// its answer could not be read (cut short, or not the JSON expected: see <see cref="Exception.InnerException"/>).
    /// Messages name the method and path, never credentials.
    /// </summary>
    public sealed class TwilioApiException : Exception
    {
        /// <summary>An error with the parts Twilio's error JSON gave (null where it gave none).</summary>
        public TwilioApiException(string message, HttpStatusCode statusCode, int? code = null, string? errorMessage = null, string? moreInfo = null, Exception? innerException = null)
            : base(message, innerException)
        {
            StatusCode = statusCode;
            Code = code;
            ErrorMessage = errorMessage;
            MoreInfo = moreInfo;
        }

        /// <summary>The HTTP status of Twilio's answer.</summary>
        public HttpStatusCode StatusCode { get; }

        /// <summary>Twilio's error code (<c>code</c>, such as 20404); null when the body did not carry one.</summary>
        public int? Code { get; }

        /// <summary>Twilio's description of the error (<c>message</c>); null when the body did not carry one.</summary>
        public string? ErrorMessage { get; }

        /// <summary>Where Twilio documents the error (<c>more_info</c>); null when the body did not carry one.</summary>
        public string? MoreInfo { get; }
    }
}
