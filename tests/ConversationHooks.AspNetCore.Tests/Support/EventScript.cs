namespace ConversationHooks.AspNetCore.Tests.Support;

/// <summary>
/// What the handlers of a test run in every receiving style do, whichever style wires them: record the event,
/// run <see cref="Before"/> (to throw or to wait), then answer a pre-action event with <see cref="Answer"/> or let it go ahead.
/// </summary>
internal sealed class EventScript
{
    public Recorded<WebhookEvent> Seen { get; } = new();

    /// <summary>Runs once the event is recorded, before it is answered; may throw.</summary>
    public Func<WebhookEvent, CancellationToken, Task>? Before { get; init; }

    /// <summary>A pre-action event's answer (of its own answer type); null lets the action go ahead.</summary>
    public Func<WebhookEvent, object?>? Answer { get; init; }

    public async Task<TAnswer> AnswerAsync<TAnswer>(WebhookEvent webhookEvent, TAnswer proceed, CancellationToken cancellationToken)
        where TAnswer : class
    {
        await HandleAsync(webhookEvent, cancellationToken);
        return Answer?.Invoke(webhookEvent) as TAnswer ?? proceed;
    }

    public async Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        Seen.Add(webhookEvent);
        if (Before is { } before)
        {
            await before(webhookEvent, cancellationToken);
        }
    }

    /// <summary>One handler per event of the built-in spec, as lambdas.</summary>
    public void Map(ConversationsWebhookHooks hooks)
    {
        hooks.OnConversationAdd((ConversationAddEvent e, CancellationToken ct) => AnswerAsync(e, e.Continue(), ct));
        hooks.OnConversationAdded((ConversationAddedEvent e, CancellationToken ct) => HandleAsync(e, ct));
        hooks.OnConversationRemove((ConversationRemoveEvent e, CancellationToken ct) => AnswerAsync(e, e.Continue(), ct));
        hooks.OnConversationRemoved((ConversationRemovedEvent e, CancellationToken ct) => HandleAsync(e, ct));
        hooks.OnConversationStateUpdated((ConversationStateUpdatedEvent e, CancellationToken ct) => HandleAsync(e, ct));
        hooks.OnConversationUpdate((ConversationUpdateEvent e, CancellationToken ct) => AnswerAsync(e, e.Continue(), ct));
        hooks.OnConversationUpdated((ConversationUpdatedEvent e, CancellationToken ct) => HandleAsync(e, ct));
        hooks.OnDeliveryUpdated((DeliveryUpdatedEvent e, CancellationToken ct) => HandleAsync(e, ct));
        hooks.OnMessageAdd((MessageAddEvent e, CancellationToken ct) => AnswerAsync(e, e.Continue(), ct));
        hooks.OnMessageAdded((MessageAddedEvent e, CancellationToken ct) => HandleAsync(e, ct));
        hooks.OnMessageRemove((MessageRemoveEvent e, CancellationToken ct) => AnswerAsync(e, e.Continue(), ct));
        hooks.OnMessageRemoved((MessageRemovedEvent e, CancellationToken ct) => HandleAsync(e, ct));
        hooks.OnMessageUpdate((MessageUpdateEvent e, CancellationToken ct) => AnswerAsync(e, e.Continue(), ct));
        hooks.OnMessageUpdated((MessageUpdatedEvent e, CancellationToken ct) => HandleAsync(e, ct));
        hooks.OnParticipantAdd((ParticipantAddEvent e, CancellationToken ct) => AnswerAsync(e, e.Continue(), ct));
        hooks.OnParticipantAdded((ParticipantAddedEvent e, CancellationToken ct) => HandleAsync(e, ct));
        hooks.OnParticipantRemove((ParticipantRemoveEvent e, CancellationToken ct) => AnswerAsync(e, e.Continue(), ct));
        hooks.OnParticipantRemoved((ParticipantRemovedEvent e, CancellationToken ct) => HandleAsync(e, ct));
        hooks.OnParticipantUpdate((ParticipantUpdateEvent e, CancellationToken ct) => AnswerAsync(e, e.Continue(), ct));
        hooks.OnParticipantUpdated((ParticipantUpdatedEvent e, CancellationToken ct) => HandleAsync(e, ct));
        hooks.OnUserAdded((UserAddedEvent e, CancellationToken ct) => HandleAsync(e, ct));
        hooks.OnUserUpdate((UserUpdateEvent e, CancellationToken ct) => AnswerAsync(e, e.Continue(), ct));
        hooks.OnUserUpdated((UserUpdatedEvent e, CancellationToken ct) => HandleAsync(e, ct));
    }
}

/// <summary>The same script as a processor class: one override per event.</summary>
internal sealed class ScriptedProcessor(EventScript script) : ConversationsWebhookProcessor
{
    private readonly EventScript _script = script;

    public override Task<ConversationAddAnswer> OnConversationAddAsync(ConversationAddEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.AnswerAsync(webhookEvent, webhookEvent.Continue(), cancellationToken);

    public override Task OnConversationAddedAsync(ConversationAddedEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.HandleAsync(webhookEvent, cancellationToken);

    public override Task<ConversationRemoveAnswer> OnConversationRemoveAsync(ConversationRemoveEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.AnswerAsync(webhookEvent, webhookEvent.Continue(), cancellationToken);

    public override Task OnConversationRemovedAsync(ConversationRemovedEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.HandleAsync(webhookEvent, cancellationToken);

    public override Task OnConversationStateUpdatedAsync(ConversationStateUpdatedEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.HandleAsync(webhookEvent, cancellationToken);

    public override Task<ConversationUpdateAnswer> OnConversationUpdateAsync(ConversationUpdateEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.AnswerAsync(webhookEvent, webhookEvent.Continue(), cancellationToken);

    public override Task OnConversationUpdatedAsync(ConversationUpdatedEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.HandleAsync(webhookEvent, cancellationToken);

    public override Task OnDeliveryUpdatedAsync(DeliveryUpdatedEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.HandleAsync(webhookEvent, cancellationToken);

    public override Task<MessageAddAnswer> OnMessageAddAsync(MessageAddEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.AnswerAsync(webhookEvent, webhookEvent.Continue(), cancellationToken);

    public override Task OnMessageAddedAsync(MessageAddedEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.HandleAsync(webhookEvent, cancellationToken);

    public override Task<MessageRemoveAnswer> OnMessageRemoveAsync(MessageRemoveEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.AnswerAsync(webhookEvent, webhookEvent.Continue(), cancellationToken);

    public override Task OnMessageRemovedAsync(MessageRemovedEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.HandleAsync(webhookEvent, cancellationToken);

    public override Task<MessageUpdateAnswer> OnMessageUpdateAsync(MessageUpdateEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.AnswerAsync(webhookEvent, webhookEvent.Continue(), cancellationToken);

    public override Task OnMessageUpdatedAsync(MessageUpdatedEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.HandleAsync(webhookEvent, cancellationToken);

    public override Task<ParticipantAddAnswer> OnParticipantAddAsync(ParticipantAddEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.AnswerAsync(webhookEvent, webhookEvent.Continue(), cancellationToken);

    public override Task OnParticipantAddedAsync(ParticipantAddedEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.HandleAsync(webhookEvent, cancellationToken);

    public override Task<ParticipantRemoveAnswer> OnParticipantRemoveAsync(ParticipantRemoveEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.AnswerAsync(webhookEvent, webhookEvent.Continue(), cancellationToken);

    public override Task OnParticipantRemovedAsync(ParticipantRemovedEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.HandleAsync(webhookEvent, cancellationToken);

    public override Task<ParticipantUpdateAnswer> OnParticipantUpdateAsync(ParticipantUpdateEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.AnswerAsync(webhookEvent, webhookEvent.Continue(), cancellationToken);

    public override Task OnParticipantUpdatedAsync(ParticipantUpdatedEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.HandleAsync(webhookEvent, cancellationToken);

    public override Task OnUserAddedAsync(UserAddedEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.HandleAsync(webhookEvent, cancellationToken);

    public override Task<UserUpdateAnswer> OnUserUpdateAsync(UserUpdateEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.AnswerAsync(webhookEvent, webhookEvent.Continue(), cancellationToken);

    public override Task OnUserUpdatedAsync(UserUpdatedEvent webhookEvent, WebhookDelivery delivery, CancellationToken cancellationToken)
        => _script.HandleAsync(webhookEvent, cancellationToken);
}
