using System.Threading.Tasks;
using VerifyCredential = ConversationHooks.Analyzers.Tests.TestHelpers.Verify<ConversationHooks.Analyzers.ConversationHooksAnalyzer>;

namespace ConversationHooks.Analyzers.Tests;

public class CredentialAnalyzerTests
{
    private const string Account = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    private static string InMethod(string body) => "using System;\nclass C\n{\n    void M()\n    {\n        " + body + "\n    }\n}\n";

    [Theory]
    [InlineData("Twilio.TwilioClient.Init(\"" + Account + "\", {|CWH006:\"0123456789abcdef0123456789abcdef\"|});")]
    [InlineData("Twilio.TwilioClient.Init(username: \"SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", password: {|CWH006:\"pR0dKeySecretFromTheConsole12345\"|}, accountSid: \"" + Account + "\");")]
    [InlineData("var client = new Twilio.Clients.TwilioRestClient(\"" + Account + "\", {|CWH006:\"5D157ED2C9A1B4E7F0A3C6D9E2B5F8A1\"|});")]
    [InlineData("var validator = new Twilio.Security.RequestValidator({|CWH006:\"0123456789abcdef0123456789abcdef\"|});")]
    [InlineData("const string token = \"0123456789abcdef0123456789abcdef\"; var validator = new Twilio.Security.RequestValidator({|CWH006:token|});")]
    [InlineData("var token = new Twilio.Jwt.AccessToken.Token(\"" + Account + "\", \"SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", {|CWH006:\"pR0dKeySecretFromTheConsole12345\"|});")]
    public Task A_value_that_could_be_a_real_secret_is_a_warning(string body)
        => VerifyCredential.AnalyzerAsync(InMethod(body));

    [Theory]
    [InlineData("your_auth_token")]
    [InlineData("AuthToken")]
    [InlineData("bar")]
    [InlineData("12345")]
    [InlineData("secret")]
    [InlineData("auth-token")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("your_auth_token_0123456789abcdef")]
    [InlineData("")]
    public Task A_placeholder_that_cannot_be_a_secret_is_not_reported(string password)
        => VerifyCredential.AnalyzerAsync(InMethod("Twilio.TwilioClient.Init(\"" + Account + "\", \"" + password + "\"); var v = new Twilio.Security.RequestValidator(\"" + password + "\");"));

    [Theory]
    [InlineData("Twilio.TwilioClient.Init(\"" + Account + "\", Environment.GetEnvironmentVariable(\"TWILIO_AUTH_TOKEN\"));")]
    [InlineData("var validator = new Twilio.Security.RequestValidator(Environment.GetEnvironmentVariable(\"TWILIO_AUTH_TOKEN\"));")]
    public Task A_credential_from_configuration_is_not_reported(string body)
        => VerifyCredential.AnalyzerAsync(InMethod(body));

    [Theory]
    [InlineData("var credentials = ConversationHooks.TwilioCredentials.FromAuthToken(\"" + Account + "\", {|CWH006:\"0123456789abcdef0123456789abcdef\"|});")]
    [InlineData("var credentials = ConversationHooks.TwilioCredentials.FromApiKey(\"" + Account + "\", \"SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", {|CWH006:\"pR0dKeySecretFromTheConsole12345\"|});")]
    [InlineData("var validator = new ConversationHooks.TwilioRequestValidator({|CWH006:\"0123456789abcdef0123456789abcdef\"|});")]
    [InlineData("var validator = new ConversationHooks.TwilioRequestValidator(new[] { Environment.GetEnvironmentVariable(\"TOKEN\"), {|CWH006:\"0123456789abcdef0123456789abcdef\"|} });")]
    public Task The_runtimes_own_secret_places_are_checked(string body)
        => VerifyCredential.AnalyzerAsync(InMethod(body));

    [Fact]
    public Task A_member_of_yours_marked_Secret_is_checked_and_a_placeholder_there_is_not_reported()
        => VerifyCredential.AnalyzerAsync("""
            using ConversationHooks;
            class Gateway
            {
                public Gateway([Secret] string authToken) { }
                [Secret] public string ApiKeySecret { get; set; }
            }
            class C
            {
                void M()
                {
                    var gateway = new Gateway({|CWH006:"0123456789abcdef0123456789abcdef"|}) { ApiKeySecret = {|CWH006:"pR0dKeySecretFromTheConsole12345"|} };
                    var sample = new Gateway("your_auth_token") { ApiKeySecret = "secret" };
                }
            }
            """);
}
