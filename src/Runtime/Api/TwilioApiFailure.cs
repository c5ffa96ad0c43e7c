namespace ConversationHooks
{
    /// <summary>Why a call to Twilio's REST API failed: the kind of a <see cref="TwilioApiException"/>.</summary>
    public enum TwilioApiFailure
    {
        /// <summary>Twilio answered with an error status (4xx, 5xx): <see cref="TwilioApiException.StatusCode"/> and, when its error JSON came, <see cref="TwilioApiException.Code"/>.</summary>
        ErrorAnswer,

        /// <summary>An answer came but could not be read: cut short, or not the JSON expected (the cause is the inner exception).</summary>
        UnreadableAnswer,

        /// <summary>
        /// No answer came: the connection could not be made or was lost, or a resilience handler refused to send
        /// (an open circuit breaker). The inner exception is the <see cref="System.Net.Http.HttpRequestException"/>.
        /// </summary>
        NoAnswer,

        /// <summary>
        /// No answer came in time: <see cref="System.Net.Http.HttpClient.Timeout"/>, or a resilience handler's attempt
        /// or total timeout (not the caller's <see cref="System.Threading.CancellationToken"/>, which cancels).
        /// </summary>
        Timeout,

        /// <summary>The pages of a list could not be followed: a next page of another list, one already read, or more pages than <see cref="TwilioApiConnection.MaxPages"/>.</summary>
        Paging,
    }
}
