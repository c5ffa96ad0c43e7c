using System.Threading.Tasks;
using VerifyAddress = ConversationHooks.Analyzers.Tests.TestHelpers.Verify<ConversationHooks.Analyzers.ConversationHooksAnalyzer>;

namespace ConversationHooks.Analyzers.Tests;

/// <summary>Address configurations create a webhook for every conversation they start: the same checks as any webhook.</summary>
public class AddressConfigurationAnalyzerTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Twilio.Rest.Conversations.V1;

        """;

    private const string Conversation = "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string Address = "IGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    private static string InMethod(string body) => Usings + "class C\n{\n    void M()\n    {\n        " + body + "\n    }\n}\n";

    [Theory]
    [InlineData("AddressConfigurationResource.Create(AddressConfigurationResource.TypeEnum.Sms, \"+15550100\", autoCreationWebhookFilters: new List<string> { {|CWH001:\"onMessageSend\"|} });")]
    [InlineData("AddressConfigurationResource.UpdateAsync(\"" + Address + "\", autoCreationWebhookFilters: new List<string> { {|CWH002:\"onMessageAdd\"|}, {|CWH002:\"onConversationAdded\"|} });")]
    [InlineData("AddressConfigurationResource.Create(AddressConfigurationResource.TypeEnum.Sms, \"+15550100\", autoCreationWebhookMethod: {|CWH005:\"put\"|}, autoCreationType: {|CWH005:\"flex\"|});")]
    [InlineData("AddressConfigurationResource.Create(AddressConfigurationResource.TypeEnum.Sms, \"+15550100\", autoCreationStudioFlowSid: {|CWH004:\"" + Conversation + "\"|}, autoCreationConversationServiceSid: {|CWH003:\"IS1\"|});")]
    [InlineData("AddressConfigurationResource.Fetch({|CWH004:\"" + Conversation + "\"|});")]
    [InlineData("var options = new CreateAddressConfigurationOptions(AddressConfigurationResource.TypeEnum.Sms, \"+15550100\") { AutoCreationWebhookFilters = new List<string> { {|CWH001:\"onMessageSent\"|} }, AutoCreationType = {|CWH005:\"trigger\"|} };")]
    [InlineData("var options = new UpdateAddressConfigurationOptions(\"" + Address + "\") { AutoCreationWebhookMethod = {|CWH005:\"PATCH\"|}, AutoCreationStudioFlowSid = {|CWH003:\"FW12\"|} };")]
    public Task A_mistake_in_an_auto_created_webhook_is_reported(string body)
        => VerifyAddress.AnalyzerAsync(InMethod(body));

    [Theory]
    [InlineData("AddressConfigurationResource.Create(AddressConfigurationResource.TypeEnum.Sms, \"+15550100\", autoCreationType: \"studio\", autoCreationStudioFlowSid: \"FWaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\");")]
    [InlineData("AddressConfigurationResource.Update(\"" + Address + "\", autoCreationType: \"webhook\", autoCreationWebhookMethod: \"post\", autoCreationWebhookFilters: new List<string> { \"onMessageAdded\", \"onDeliveryUpdated\" });")]
    [InlineData("AddressConfigurationResource.Fetch(\"+15550100\");")]
    [InlineData("var options = new UpdateAddressConfigurationOptions(\"" + Address + "\") { AutoCreationType = AddressConfigurationResource.AutoCreationTypeEnum.Default };")]
    public Task Accepted_auto_creation_settings_and_addresses_are_not_reported(string body)
        => VerifyAddress.AnalyzerAsync(InMethod(body));
}
