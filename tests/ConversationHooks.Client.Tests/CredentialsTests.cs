using System.Linq;

namespace ConversationHooks.Client.Tests;

public class CredentialsTests
{
    [Fact]
    public void ToString_shows_the_SIDs_and_never_the_token()
    {
        var text = TwilioCredentials.FromAuthToken(Twilio.AccountSidText, Twilio.AuthToken).ToString();

        Assert.Equal("TwilioCredentials { AccountSid = ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa }", text);
    }

    [Fact]
    public void ToString_of_an_API_key_shows_its_SID_and_never_the_secret()
    {
        var text = TwilioCredentials.FromApiKey(Twilio.AccountSidText, Twilio.ApiKeySidText, Twilio.ApiKeySecret).ToString();

        Assert.Equal("TwilioCredentials { AccountSid = ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, ApiKeySid = SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb }", text);
    }

    [Fact]
    public void An_account_SID_of_another_kind_is_an_ArgumentException_that_says_why()
    {
        var error = Assert.Throws<ArgumentException>(() => TwilioCredentials.FromAuthToken("CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", Twilio.AuthToken));

        Assert.Equal("accountSid", error.ParamName);
        Assert.Contains("must start with 'AC'", error.Message);
    }

    [Fact]
    public void An_API_key_SID_of_another_kind_is_an_ArgumentException()
        => Assert.Equal("apiKeySid", Assert.Throws<ArgumentException>(() => TwilioCredentials.FromApiKey(Twilio.AccountSidText, Twilio.AccountSidText, Twilio.ApiKeySecret)).ParamName);

    [Fact]
    public void An_empty_token_is_an_ArgumentException()
        => Assert.Equal("authToken", Assert.Throws<ArgumentException>(() => TwilioCredentials.FromAuthToken(Twilio.AccountSidText, string.Empty)).ParamName);

    [Fact]
    public void A_null_secret_is_an_ArgumentNullException()
        => Assert.Equal("apiKeySecret", Assert.Throws<ArgumentNullException>(() => TwilioCredentials.FromApiKey(Twilio.AccountSidText, Twilio.ApiKeySidText, null!)).ParamName);
}

/// <summary>A secret given where a SID belongs is never quoted: at most its length and first two characters.</summary>
public class ConcealedCredentialErrorTests
{
    private const string Token = "9f86d081884c7d659a2feaa0c55ad015"; // 32 characters, shaped like an auth token

    [Fact]
    public void Swapped_arguments_name_the_parameter_without_quoting_the_token()
    {
        var error = Assert.Throws<ArgumentException>(() => TwilioCredentials.FromAuthToken(Token, Twilio.AccountSidText));

        Assert.Equal("accountSid", error.ParamName);
        Assert.DoesNotContain(Token, error.Message);
        Assert.DoesNotContain(Token.Substring(0, 3), error.Message);
        Assert.StartsWith("The value starting with '9f' (32 characters) is not a valid AccountSid: a SID is 34 characters long.", error.Message);
    }

    [Fact]
    public void A_secret_as_the_API_key_SID_is_not_quoted()
    {
        var error = Assert.Throws<ArgumentException>(() => TwilioCredentials.FromApiKey(Twilio.AccountSidText, Token, Twilio.ApiKeySecret));

        Assert.DoesNotContain(Token, error.Message);
    }

    [Fact]
    public void Settings_with_an_auth_token_make_auth_token_credentials()
    {
        var credentials = FromSettings(("AccountSid", Twilio.AccountSidText), ("AuthToken", Twilio.AuthToken));

        Assert.Equal((Twilio.AccountSidText, (string?)null), (credentials.AccountSid, credentials.ApiKeySid));
    }

    [Fact]
    public void Settings_with_an_API_key_make_API_key_credentials()
    {
        var credentials = FromSettings(("AccountSid", Twilio.AccountSidText), ("ApiKeySid", Twilio.ApiKeySidText), ("ApiKeySecret", Twilio.ApiKeySecret));

        Assert.Equal(Twilio.ApiKeySidText, credentials.ApiKeySid);
    }

    [Fact]
    public void Settings_without_credentials_name_the_settings_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FromSettings());

        Assert.Equal("No Twilio credentials: set AccountSid with AuthToken, or AccountSid with ApiKeySid and ApiKeySecret.", error.Message);
    }

    [Fact]
    public void A_secret_in_the_API_key_setting_is_named_by_its_setting_and_not_quoted()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FromSettings(("AccountSid", Twilio.AccountSidText), ("ApiKeySid", Token), ("ApiKeySecret", Twilio.ApiKeySecret)));

        Assert.Equal("ApiKeySid: The value starting with '9f' (32 characters) is not a valid ApiKeySid: a SID is 34 characters long.", error.Message);
    }

    [Fact]
    public void Half_an_API_key_is_refused()
        => Assert.Equal(
            "ApiKeySecret is set without ApiKeySid: an API key needs both.",
            Assert.Throws<InvalidOperationException>(() => FromSettings(("AccountSid", Twilio.AccountSidText), ("ApiKeySecret", Twilio.ApiKeySecret))).Message);

    private static TwilioCredentials FromSettings(params (string Name, string Value)[] settings)
        => TwilioCredentials.FromSettings(name => settings.FirstOrDefault(s => s.Name == name).Value, "AccountSid", "AuthToken", "ApiKeySid", "ApiKeySecret");
}
