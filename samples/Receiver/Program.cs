// A Conversations webhook receiver: run it, then send it signed sample events with --simulate.
//   terminal 1: Twilio__AuthToken=test-token dotnet run --project samples/Receiver
//   terminal 2: Twilio__AuthToken=test-token dotnet run --project samples/Receiver -- --simulate
using System.Threading.Tasks;
using ConversationHooks;
using ConversationHooks.Samples.Receiver;
using ConversationHooks.Samples.Receiver.Simulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

if (SimulateCommand.IsRequested(args))
{
    return await SimulateCommand.RunAsync(args);
}

var builder = WebApplication.CreateSlimBuilder(args);
if (!ListenAddress.IsConfigured(builder.Configuration))
{
    builder.WebHost.UseUrls(ListenAddress.Default);
}

// One line per webhook (the endpoint's own log) rather than ASP.NET Core's four per request.
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

// Twilio:AuthToken (Twilio__AuthToken in the environment); without it the receiver does not start.
builder.Services.AddConversationHooks(builder.Configuration.GetSection("Twilio"));

var app = builder.Build();
app.MapConversationsWebhooks(ListenAddress.EndpointPath, hooks =>
{
    // Pre-action: Twilio waits for this answer before it adds the message.
    hooks.OnMessageAdd(e => ForbiddenWord.IsIn(e.Body) ? e.Reject() : e.Continue());

    // Post-action: the message is added; this only takes note.
    // Handlers take services after the event (from a scope of their own, checked at start-up): here a logger.
    hooks.OnMessageAdded((MessageAddedEvent e, ILogger<Program> logger) => ReceiverLog.MessageAdded(logger, e.Author, e.Index, e.ConversationSid.ToString()));

    // Every other event is answered 200 (a pre-action one goes ahead unchanged); this sees them.
    hooks.OnUnhandled(unhandled => ReceiverLog.Unhandled(app.Logger, unhandled.EventType));

    // A signed request without what identifies its event (no MessageSid, ...) is not refused: its pairs come here.
    hooks.OnUnreadable(unreadable => ReceiverLog.Unreadable(app.Logger, unreadable.EventType, unreadable.Reason));
});

await app.RunAsync();
return 0;

/// <summary>The app's entry point, public so that integration tests can host it (<c>WebApplicationFactory&lt;Program&gt;</c>).</summary>
public partial class Program;
