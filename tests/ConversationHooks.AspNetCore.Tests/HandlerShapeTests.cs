using System.Net;
using ConversationHooks.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>A handler's parameters are checked when the endpoint is mapped, not by the first event; a handler that asks for the delivery gets it.</summary>
public class HandlerShapeTests
{
    [Fact]
    public async Task A_handler_taking_an_unregistered_service_stops_the_start_naming_the_handler_and_the_parameter()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Receiver.StartAsync(hooks => hooks.OnMessageAdded((MessageAddedEvent e, IMessageStore store) => store.Save(e))));

        Assert.Contains("hooks.OnMessageAdded(MessageAddedEvent, ...) takes IMessageStore as parameter 2", error.Message);
        Assert.Contains("not registered", error.Message);
    }

    [Fact]
    public async Task A_handler_taking_the_token_before_a_service_stops_the_start()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Receiver.StartAsync(
            hooks => hooks.OnMessageAdded((MessageAddedEvent e, CancellationToken ct, IMessageStore store) => store.Save(e)),
            configureBuilder: builder => builder.Services.AddSingleton<IMessageStore, MessageStore>()));

        Assert.Contains("hooks.OnMessageAdded(MessageAddedEvent, ...) takes CancellationToken as parameter 2: a CancellationToken comes last", error.Message);
    }

    [Fact]
    public async Task A_handler_taking_the_HttpContext_stops_the_start()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Receiver.StartAsync(hooks => hooks.OnMessageAdd((MessageAddEvent e, HttpContext context) => e.Continue())));

        Assert.Contains("hooks.OnMessageAdd(MessageAddEvent, ...) takes HttpContext as parameter 2", error.Message);
        Assert.Contains("WebhookDelivery", error.Message);
    }

    [Fact]
    public async Task A_handler_gets_its_registered_services()
    {
        var store = new MessageStore();
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdded((MessageAddedEvent e, IMessageStore s, CancellationToken ct) => s.Save(e)),
            configureBuilder: builder => builder.Services.AddSingleton<IMessageStore>(store));

        using var response = await receiver.PostAsync(Fixture.ReadEvent("onMessageAdded"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(store.Saved.Items);
    }

    [Fact]
    public async Task A_handler_that_takes_the_delivery_gets_its_idempotency_token_retry_count_and_headers()
    {
        var deliveries = new Recorded<WebhookDelivery>();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded((MessageAddedEvent e, WebhookDelivery delivery) => deliveries.Add(delivery)));
        var body = WebhookForm.FromPairs(System.Linq.Enumerable.Append(System.Linq.Enumerable.Where(WebhookForm.Parse(Fixture.ReadEvent("onMessageAdded")), p => p.Key != "RetryCount"), new("RetryCount", "1"))).ToFormBody();

        using var response = await receiver.PostAsync(body, idempotencyToken: "delivery-7");

        var delivery = deliveries.Single();
        Assert.Equal("delivery-7", delivery.IdempotencyToken);
        Assert.Equal(1, delivery.RetryCount);
        Assert.Equal("delivery-7", delivery.Headers["i-twilio-idempotency-token"]);
    }

    [Fact]
    public async Task A_handler_can_take_the_delivery_beside_services_and_the_token()
    {
        var deliveries = new Recorded<WebhookDelivery>();
        await using var receiver = await Receiver.StartAsync(
            hooks => hooks.OnMessageAdd((MessageAddEvent e, IMessageStore store, WebhookDelivery delivery, CancellationToken ct) =>
            {
                deliveries.Add(delivery);
                return e.Continue();
            }),
            configureBuilder: builder => builder.Services.AddSingleton<IMessageStore, MessageStore>());

        using var response = await receiver.PostAsync(Fixture.ReadEvent("onMessageAdd"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(deliveries.Single().IdempotencyToken);
    }

    internal interface IMessageStore
    {
        void Save(MessageAddedEvent e);
    }

    private sealed class MessageStore : IMessageStore
    {
        public Recorded<MessageAddedEvent> Saved { get; } = new();

        public void Save(MessageAddedEvent e) => Saved.Add(e);
    }
}
