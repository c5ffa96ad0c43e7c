using System.Threading.Tasks;
using VerifySid = ConversationHooks.Analyzers.Tests.TestHelpers.Verify<ConversationHooks.Analyzers.ConversationHooksAnalyzer>;

namespace ConversationHooks.Analyzers.Tests;

/// <summary>
/// Issue 20, item 1: a string in a SID place that is no attempt at a SID is a placeholder (CWH008,
/// a warning), so Twilio's SDK tests and samples build; a SID that went wrong stays CWH003.
/// </summary>
public class PlaceholderTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Twilio.Rest.Conversations.V1.Configuration;
        using ServiceSdk = Twilio.Rest.Conversations.V1.Service.Configuration;

        """;

    private static string InMethod(string body) => Usings + "class C\n{\n    void M()\n    {\n        " + body + "\n    }\n}\n";

    [Theory]
    [InlineData("var client = new Twilio.Clients.TwilioRestClient({|CWH008:\"foo\"|}, \"bar\");")]
    [InlineData("var client = new Twilio.Clients.TwilioRestClient({|CWH008:\"foo\"|}, \"bar\", {|CWH008:\"AccountSid\"|});")]
    [InlineData("Twilio.TwilioClient.Init({|CWH008:\"AccountSid\"|}, \"AuthToken\");")]
    [InlineData("Twilio.TwilioClient.Init({|CWH008:\"your_account_sid\"|}, \"your_auth_token\");")]
    [InlineData("Twilio.TwilioClient.Init({|CWH008:\"ACCOUNT_SID\"|}, \"AUTH_TOKEN\");")]
    [InlineData("Twilio.TwilioClient.Init({|CWH008:\"{{ACCOUNT_SID}}\"|}, \"AUTH_TOKEN\");")]
    [InlineData("ServiceSdk.WebhookResource.Fetch({|CWH008:\"is-not-a-sid\"|});")]
    [InlineData("ServiceSdk.WebhookResource.Fetch({|CWH008:\"\"|});")]
    public Task A_word_or_template_in_a_SID_place_is_a_placeholder_warning(string body)
        => VerifySid.AnalyzerAsync(InMethod(body));

    [Theory]
    [InlineData("ServiceSdk.WebhookResource.Fetch({|CWH003:\"CH123\"|});")]
    [InlineData("ServiceSdk.WebhookResource.Fetch({|CWH003:\"IS123\"|});")]
    [InlineData("ServiceSdk.WebhookResource.Fetch({|CWH003:\"ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaz\"|});")]
    [InlineData("Twilio.TwilioClient.Init({|CWH003:\"SM5f\"|}, \"AuthToken\");")]
    public Task A_SID_that_starts_like_one_and_went_wrong_stays_an_error(string body)
        => VerifySid.AnalyzerAsync(InMethod(body));

    [Fact]
    public Task A_placeholder_word_says_which_SID_belongs_there()
        => VerifySid.AnalyzerAsync(
            InMethod("Twilio.TwilioClient.Init({|#0:\"AccountSid\"|}, \"AuthToken\");"),
            VerifySid.Diagnostic("CWH008").WithLocation(0).WithArguments("AccountSid", "username", "an Account SID (AC…) or an ApiKey SID (SK…)"));

    [Theory]
    [InlineData("WebhookResource.Update(filters: new List<string> { Environment.GetEnvironmentVariable(\"FILTER\") ?? \"\" });")]
    [InlineData("WebhookResource.Update(filters: new List<string> { Environment.GetEnvironmentVariable(\"FILTER\") ?? \"  \" });")]
    [InlineData("ServiceSdk.WebhookResource.Fetch(Environment.GetEnvironmentVariable(\"SERVICE_SID\") ?? \"\");")]
    public Task An_empty_or_blank_fallback_of_a_null_guard_is_not_checked(string body)
        => VerifySid.AnalyzerAsync(InMethod(body));

    [Fact]
    public Task A_misspelled_fallback_of_a_null_guard_is_still_checked()
        => VerifySid.AnalyzerAsync(InMethod("WebhookResource.Update(filters: new List<string> { Environment.GetEnvironmentVariable(\"FILTER\") ?? {|CWH001:\"onMessageSend\"|} });"));
}
