// A Conversations webhook receiver as an MVC controller (Controllers/ConversationsController.cs).
//   Twilio__AuthToken=test-token dotnet run --project samples/ControllerReceiver
// Send it signed sample events with samples/Receiver's simulator: ... samples/Receiver -- --simulate --url http://127.0.0.1:5080/twilio/conversations
using ConversationHooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);

// Twilio:AuthToken (Twilio__AuthToken in the environment); without it the receiver does not start.
builder.Services.AddConversationHooks(builder.Configuration.GetSection("Twilio"));

// Binds the actions' event parameters and sends their answers; finds internal controllers (the event types are internal).
builder.Services.AddControllers().AddConversationsWebhookControllers();

var app = builder.Build();
app.MapControllers();
app.Run();
