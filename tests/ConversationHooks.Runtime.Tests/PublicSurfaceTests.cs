using System;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using ConversationHooks;

namespace ConversationHooks.Runtime.Tests;

public class PublicSurfaceTests
{
    private static readonly Type[] Exported = typeof(FormWriter).Assembly.GetExportedTypes();

    [Fact]
    public void Plumbing_for_generated_code_is_hidden_from_IntelliSense()
    {
        var plumbing = Exported.Where(t => t.Namespace == "ConversationHooks.Internal").ToList();

        Assert.Contains(plumbing, t => t.Name == "JsonFields");
        Assert.All(plumbing, t => Assert.Equal(EditorBrowsableState.Never, t.GetCustomAttribute<EditorBrowsableAttribute>()?.State));
    }

    [Fact]
    public void Only_what_users_touch_is_in_the_root_namespace()
        => Assert.Equal(
            new[]
            {
                "FormEncoding", "FormReader", "FormWriter", "GeneratedWebhookTypesAttribute", "IFormContent", "IJsonContent", "JsonText", "MediaItem",
                "SecretAttribute", "SidAttribute", "SidError", "SidFormat", "SignedWebhookRequest", "TwilioApiConnection", "TwilioApiException", "TwilioApiFailure", "TwilioCredentials",
                "TwilioRequestSigner", "TwilioRequestValidator", "TwilioSharedKey", "TwilioSharedKeyAlgorithm", "UnreadParameter", "WebhookAnswerAction", "WebhookFilterNameAttribute", "WebhookForm", "WebhookReadMode", "WebhookResponse", "WebhookSignatureFailure",
            },
            Exported.Where(t => t.Namespace == "ConversationHooks").Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
}
