using System;
using System.Threading;
using System.Threading.Tasks;
using ConversationHooks;
using ConversationHooks.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

// A worker machine: it maps the same endpoint as the receivers (the worker calls that endpoint's handlers) and
// processes the stream. Its handler takes a little time, so that a worker killed mid-run leaves events pending,
// and counts each event's claim key in the hash HANDLED_KEY, which the test reads.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseUrls("http://127.0.0.1:0");
var handledKey = Environment.GetEnvironmentVariable("HANDLED_KEY") ?? throw new InvalidOperationException("HANDLED_KEY is not set.");
builder.Services.AddSingleton<IConnectionMultiplexer>(ConnectionMultiplexer.Connect(builder.Configuration["Twilio:Redis:Configuration"]!));
builder.Services.AddConversationHooks(builder.Configuration.GetSection("Twilio"));
builder.Services.AddConversationHooksRedis(builder.Configuration.GetSection("Twilio:Redis"));
var app = builder.Build();
app.MapConversationsWebhooks("/twilio/conversations", hooks => hooks.OnMessageAdded(async (MessageAddedEvent e, IConnectionMultiplexer redis, WebhookDelivery delivery, CancellationToken cancellationToken) =>
{
    await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
    await redis.GetDatabase().HashIncrementAsync(handledKey, delivery.ClaimKey);
}));
await app.RunAsync();
