using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ConversationHooks.AspNetCore.Tests.Support;

/// <summary>
/// One way an app receives the endpoint's events: the tests in <c>StyleTests</c> run against each, with the
/// same script and the same expected answers, because every style is a thin adapter over one pipeline.
/// </summary>
internal abstract class ReceivingStyle
{
    public static readonly ReceivingStyle[] All = [new Lambdas(), new Processor(), new PlainRequestDelegate(), new ControllerAttribute()];

    public abstract string Name { get; }

    public static IEnumerable<object[]> Names() => All.Select(style => new object[] { style.Name });

    public static ReceivingStyle Named(string name) => All.Single(style => style.Name == name);

    /// <summary>Registers what the style needs, the script among the app's services.</summary>
    public virtual void Register(WebApplicationBuilder builder, EventScript script) => builder.Services.AddSingleton(script);

    public abstract void Map(WebApplication app, string path);

    public override string ToString() => Name;

    /// <summary><c>MapConversationsWebhooks(path, hooks =&gt; ...)</c>.</summary>
    private sealed class Lambdas : ReceivingStyle
    {
        public override string Name => "lambdas";

        public override void Map(WebApplication app, string path)
        {
            var script = app.Services.GetRequiredService<EventScript>();
            app.MapConversationsWebhooks(path, script.Map);
        }
    }

    /// <summary><c>AddConversationsWebhookProcessor&lt;T&gt;()</c> and <c>MapConversationsWebhooks&lt;T&gt;(path)</c>.</summary>
    private sealed class Processor : ReceivingStyle
    {
        public override string Name => "processor";

        public override void Register(WebApplicationBuilder builder, EventScript script)
        {
            base.Register(builder, script);
            builder.Services.AddConversationsWebhookProcessor<ScriptedProcessor>();
        }

        public override void Map(WebApplication app, string path) => app.MapConversationsWebhooks<ScriptedProcessor>(path);
    }

    /// <summary><c>AddConversationsWebhookReceiver(hooks =&gt; ...)</c>, called from a request delegate of the app's own.</summary>
    private sealed class PlainRequestDelegate : ReceivingStyle
    {
        public override string Name => "request delegate";

        public override void Register(WebApplicationBuilder builder, EventScript script)
        {
            base.Register(builder, script);
            builder.Services.AddConversationsWebhookReceiver(script.Map);
        }

        public override void Map(WebApplication app, string path)
            => app.MapMethods(path, [HttpMethods.Get, HttpMethods.Post], context => context.RequestServices.GetRequiredService<ConversationsWebhookReceiver>().ReceiveAsync(context));
    }

    /// <summary>A controller action marked <c>[ConversationsWebhook]</c>, with <c>AddControllers().AddConversationsWebhookControllers()</c>.</summary>
    private sealed class ControllerAttribute : ReceivingStyle
    {
        public override string Name => "controller attribute";

        public override void Register(WebApplicationBuilder builder, EventScript script)
        {
            base.Register(builder, script);
            builder.Services.AddControllers().AddApplicationPart(typeof(ScriptedController).Assembly).AddConversationsWebhookControllers();
        }

        public override void Map(WebApplication app, string path) => app.MapControllers();
    }
}
