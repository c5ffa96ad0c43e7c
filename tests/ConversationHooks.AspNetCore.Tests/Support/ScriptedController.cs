using ConversationHooks.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc;

namespace ConversationHooks.AspNetCore.Tests.Support;

/// <summary>
/// The script as one <c>[ConversationsWebhook]</c> controller action taking every event: internal, as the event
/// types are (found by <c>AddConversationsWebhookControllers</c>); pre-action events answered with their answer type.
/// </summary>
[Route(Receiver.Path)]
internal sealed class ScriptedController(EventScript script) : ControllerBase
{
    private readonly EventScript _script = script;

    [HttpGet]
    [HttpPost]
    [ConversationsWebhook]
    public async Task<object?> Receive(WebhookEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        Assert.NotNull(delivery);
        return webhookEvent switch
        {
            ConversationAddEvent e => await _script.AnswerAsync(e, e.Continue(), cancellationToken),
            ConversationRemoveEvent e => await _script.AnswerAsync(e, e.Continue(), cancellationToken),
            ConversationUpdateEvent e => await _script.AnswerAsync(e, e.Continue(), cancellationToken),
            MessageAddEvent e => await _script.AnswerAsync(e, e.Continue(), cancellationToken),
            MessageRemoveEvent e => await _script.AnswerAsync(e, e.Continue(), cancellationToken),
            MessageUpdateEvent e => await _script.AnswerAsync(e, e.Continue(), cancellationToken),
            ParticipantAddEvent e => await _script.AnswerAsync(e, e.Continue(), cancellationToken),
            ParticipantRemoveEvent e => await _script.AnswerAsync(e, e.Continue(), cancellationToken),
            ParticipantUpdateEvent e => await _script.AnswerAsync(e, e.Continue(), cancellationToken),
            UserUpdateEvent e => await _script.AnswerAsync(e, e.Continue(), cancellationToken),
            _ => await HandleAsync(webhookEvent, cancellationToken),
        };
    }

    private async Task<object?> HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        await _script.HandleAsync(webhookEvent, cancellationToken);
        return null;
    }
}
