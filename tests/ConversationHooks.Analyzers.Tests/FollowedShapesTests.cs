using System.Threading.Tasks;
using VerifyFlow = ConversationHooks.Analyzers.Tests.TestHelpers.Verify<ConversationHooks.Analyzers.ConversationHooksAnalyzer>;

namespace ConversationHooks.Analyzers.Tests;

/// <summary>The ways users write values that reach a checked place, followed when provably constant and only then.</summary>
public class FollowedShapesTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Twilio.Rest.Conversations.V1.Configuration;
        using ServiceSdk = Twilio.Rest.Conversations.V1.Service.Configuration;

        """;

    private const string Service = "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string Conversation = "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    private static string InMethod(string body) => Usings + "class C\n{\n    void M()\n    {\n        " + body + "\n    }\n\n    static void Fill(List<string> list) { }\n}\n";

    [Theory]
    [InlineData("var filters = new List<string>(); filters.Add({|CWH001:\"onMessageSend\"|}); WebhookResource.Update(filters: filters);")]
    [InlineData("var filters = new List<string> { \"onMessageAdded\" }; filters.AddRange(new[] { {|CWH001:\"onMessageSend\"|} }); WebhookResource.Update(filters: filters);")]
    [InlineData("var filters = new List<string>(); filters.Add({|CWH001:\"onMessageSend\"|}); var options = new UpdateWebhookOptions { Filters = filters };")]
    public Task Constants_added_to_a_local_list_before_it_is_used_are_followed(string body)
        => VerifyFlow.AnalyzerAsync(InMethod(body));

    [Theory]
    [InlineData("WebhookResource.Update(filters: new[] { {|CWH001:\"onMessageSend\"|} }.ToList());")]
    [InlineData("WebhookResource.Update(filters: new List<string> { {|CWH001:\"onMessageSend\"|} }.ToArray().ToList());")]
    [InlineData("WebhookResource.Update(filters: new[] { \"onMessageAdded\" }.Append({|CWH001:\"onMessageSend\"|}).Concat(new[] { {|CWH001:\"onMessageSent\"|} }).ToList());")]
    [InlineData("var filters = new[] { {|CWH001:\"onMessageSend\"|} }; WebhookResource.Update(filters: filters.AsEnumerable().ToList());")]
    public Task Constant_sequences_through_LINQ_element_keeping_operators_are_followed(string body)
        => VerifyFlow.AnalyzerAsync(InMethod(body));

    [Theory]
    [InlineData("ServiceSdk.WebhookResource.Fetch(Environment.GetEnvironmentVariable(\"SERVICE_SID\") ?? {|CWH003:\"IS123\"|});")]
    [InlineData("ServiceSdk.WebhookResource.Fetch(Environment.GetEnvironmentVariable(\"SERVICE_SID\") ?? {|CWH004:\"" + Conversation + "\"|});")]
    [InlineData("Twilio.TwilioClient.Init(\"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", Environment.GetEnvironmentVariable(\"TWILIO_AUTH_TOKEN\") ?? {|CWH006:\"5d157ed2c9a1b4e7f0a3c6d9e2b5f8a1\"|});")]
    public Task A_literal_fallback_after_a_null_coalescing_operator_is_followed(string body)
        => VerifyFlow.AnalyzerAsync(InMethod(body));

    [Fact]
    public Task Static_readonly_fields_initialized_with_constants_are_followed()
        => VerifyFlow.AnalyzerAsync(Usings + """
            class C
            {
                private static readonly List<string> Filters = new List<string> { "onMessageAdded", {|CWH001:"onMessageSend"|} };
                private static readonly string ServiceSid = {|CWH004:"CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"|};

                void M() => ServiceSdk.WebhookResource.Update(ServiceSid, filters: Filters);
            }
            """);

    [Fact]
    public Task Readonly_fields_assigned_once_in_a_constructor_are_followed()
        => VerifyFlow.AnalyzerAsync(Usings + """
            class Hooks
            {
                private readonly string _service;
                private readonly List<string> _filters;

                public Hooks()
                {
                    _service = {|CWH003:"IS123"|};
                    _filters = new List<string> { {|CWH001:"onMessageSend"|} };
                }

                void M() => ServiceSdk.WebhookResource.Update(_service, filters: _filters);
            }
            """);

    [Theory]
    [InlineData("var filters = new List<string>(); filters.Add(\"onMessageSend\"); Fill(filters); WebhookResource.Update(filters: filters);")]
    [InlineData("var filters = new List<string>(); filters.Add(\"onMessageSend\"); filters.Clear(); WebhookResource.Update(filters: filters);")]
    [InlineData("var filters = new List<string>(); WebhookResource.Update(filters: filters); filters.Add(\"onMessageSend\");")]
    [InlineData("var filters = new List<string>(); filters = Enumerable.Repeat(\"onMessageSend\", 0).ToList(); WebhookResource.Update(filters: filters);")]
    [InlineData("WebhookResource.Update(filters: new[] { \"onMessageSend\" }.Skip(1).ToList());")]
    [InlineData("WebhookResource.Update(filters: new[] { \"onMessageSend\" }.Where(f => f.Length > 99).ToList());")]
    public Task A_local_list_whose_content_is_not_provable_is_not_followed(string body)
        => VerifyFlow.AnalyzerAsync(InMethod(body));

    [Fact]
    public Task Fields_that_are_not_readonly_or_written_more_than_once_are_not_followed()
        => VerifyFlow.AnalyzerAsync(Usings + """
            class Hooks
            {
                private static List<string> s_mutable = new List<string> { "onMessageSend" };
                private readonly string _twice = "IS123";
                private readonly string _twoConstructors;
                private readonly string _compound = "IS";

                public Hooks() { _twice = "IS456"; _twoConstructors = "IS1"; _compound += "1"; }

                public Hooks(int unused) { _twoConstructors = "IS2"; }

                void Reset() => s_mutable = new List<string>();

                void M()
                {
                    WebhookResource.Update(filters: s_mutable);
                    ServiceSdk.WebhookResource.Fetch(_twice);
                    ServiceSdk.WebhookResource.Fetch(_twoConstructors);
                    ServiceSdk.WebhookResource.Fetch(_compound);
                }
            }
            """);
}
