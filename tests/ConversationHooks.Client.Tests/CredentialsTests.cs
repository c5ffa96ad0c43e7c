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
