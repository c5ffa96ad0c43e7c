using ConversationHooks.AspNetCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationHooks.Samples.FunctionsReceiver
{
    /// <summary>What the function needs, registered the same way by the host (Program.cs) and by a test.</summary>
    public static class ReceiverServices
    {
        /// <summary>Options from the section <c>Twilio</c>, and a <see cref="ConversationsWebhookReceiver"/> whose events go to <see cref="ModerationProcessor"/>.</summary>
        public static IServiceCollection AddConversationsReceiver(this IServiceCollection services, IConfiguration configuration)
            => services
                .AddConversationHooks(configuration.GetSection("Twilio"))
                .AddConversationsWebhookReceiver<ModerationProcessor>();
    }
}
