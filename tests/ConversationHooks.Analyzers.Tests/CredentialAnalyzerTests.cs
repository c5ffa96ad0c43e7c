using System.Threading.Tasks;
using VerifyCredential = ConversationHooks.Analyzers.Tests.TestHelpers.Verify<ConversationHooks.Analyzers.ConversationHooksAnalyzer>;

namespace ConversationHooks.Analyzers.Tests;

public class CredentialAnalyzerTests
{
    private const string Account = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    private static string InMethod(string body) => "using System;\nclass C\n{\n    void M()\n    {\n        " + body + "\n    }\n}\n";

    [Theory]
    [InlineData("Twilio.TwilioClient.Init(\"" + Account + "\", {|CWH006:\"0123456789abcdef0123456789abcdef\"|});")]
    [InlineData("Twilio.TwilioClient.Init(username: \"" + Account + "\", password: {|CWH006:\"secret\"|}, accountSid: \"" + Account + "\");")]
    [InlineData("var client = new Twilio.Clients.TwilioRestClient(\"" + Account + "\", {|CWH006:\"secret\"|});")]
    [InlineData("var validator = new Twilio.Security.RequestValidator({|CWH006:\"auth-token\"|});")]
    [InlineData("const string token = \"auth-token\"; var validator = new Twilio.Security.RequestValidator({|CWH006:token|});")]
    public Task A_credential_literal_is_a_warning(string body)
        => VerifyCredential.AnalyzerAsync(InMethod(body));

    [Theory]
    [InlineData("Twilio.TwilioClient.Init(\"" + Account + "\", Environment.GetEnvironmentVariable(\"TWILIO_AUTH_TOKEN\"));")]
    [InlineData("var validator = new Twilio.Security.RequestValidator(Environment.GetEnvironmentVariable(\"TWILIO_AUTH_TOKEN\"));")]
    [InlineData("Twilio.TwilioClient.Init(\"" + Account + "\", \"\");")]
    public Task A_credential_from_configuration_is_not_reported(string body)
        => VerifyCredential.AnalyzerAsync(InMethod(body));
}
