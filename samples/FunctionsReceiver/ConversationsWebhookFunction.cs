using System.Threading.Tasks;
using ConversationHooks.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ConversationHooks.Samples.FunctionsReceiver
{
    /// <summary>
    /// The HTTP function Twilio calls: the receiver checks the signature, the limits and duplicates, runs the
    /// processor and writes the answer to the response; the function only hands it the request.
    /// </summary>
    public sealed class ConversationsWebhookFunction(ConversationsWebhookReceiver receiver)
    {
        /// <summary>GET or POST /twilio/conversations. Anonymous: the signature is the authentication.</summary>
        [Function("ConversationsWebhook")]
        public async Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "twilio/conversations")] HttpRequest request)
        {
            await receiver.ReceiveAsync(request.HttpContext);
            return new EmptyResult();
        }
    }
}
