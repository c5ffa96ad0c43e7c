// Azure Functions (isolated worker, ASP.NET Core integration): func start, with Twilio__AuthToken and
// Twilio__PublicBaseUrl (the URL Twilio calls: the host forwards requests to the worker, so the worker's own
// scheme and host are not the ones Twilio signed) in local.settings.json or the app's settings.
using ConversationHooks.Samples.FunctionsReceiver;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddConversationsReceiver(builder.Configuration);
builder.Build().Run();
