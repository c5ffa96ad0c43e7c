using System;
using System.Net;

namespace ConversationHooks
{
    /// <summary>
    /// A call to Twilio's REST API did not succeed, for the reason <see cref="Failure"/> names: Twilio answered
    /// with an error (its error JSON's <see cref="Code"/>, <see cref="ErrorMessage"/> and <see cref="MoreInfo"/>,
    /// when the body was one), its answer could not be read, no answer came or none in time, or the pages of a
    /// list could not be followed. The cause, when there is one, is the <see cref="Exception.InnerException"/>.
    /// Messages name the method and path, never credentials.
    /// </summary>
    public sealed class TwilioApiException : Exception
    {
        /// <summary>A failure of kind <paramref name="failure"/>, with the parts Twilio's answer gave (null where it gave none).</summary>
        public TwilioApiException(
            string message, TwilioApiFailure failure, HttpStatusCode? statusCode = null, int? code = null, string? errorMessage = null, string? moreInfo = null, Exception? innerException = null)
            : base(message, innerException)
        {
            Failure = failure;
            StatusCode = statusCode;
            Code = code;
            ErrorMessage = errorMessage;
            MoreInfo = moreInfo;
        }

        /// <summary>Why the call failed.</summary>
        public TwilioApiFailure Failure { get; }

        /// <summary>The HTTP status of Twilio's answer; null when no answer came (<see cref="TwilioApiFailure.NoAnswer"/>, <see cref="TwilioApiFailure.Timeout"/>).</summary>
        public HttpStatusCode? StatusCode { get; }

        /// <summary>Twilio's error code (<c>code</c>, such as 20404); null when the body did not carry one.</summary>
        public int? Code { get; }

        /// <summary>Twilio's description of the error (<c>message</c>); null when the body did not carry one.</summary>
        public string? ErrorMessage { get; }

        /// <summary>Where Twilio documents the error (<c>more_info</c>); null when the body did not carry one.</summary>
        public string? MoreInfo { get; }
    }
}
