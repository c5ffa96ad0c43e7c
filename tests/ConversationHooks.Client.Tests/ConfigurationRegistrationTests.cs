using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static ConversationHooks.Client.Tests.Twilio;

namespace ConversationHooks.Client.Tests;

/// <summary>AddTwilioApiConnection from the configuration section the receiver and the audit read too.</summary>
public sealed class ConfigurationRegistrationTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings, System.Action<IHttpClientBuilder>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        var builder = services.AddTwilioApiConnection(configuration.GetSection("Twilio"));
        configure?.Invoke(builder);
        services.AddTransient<WebhookConfigurationClient>();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task The_Twilio_section_gives_the_credentials_the_calls_send()
    {
        await using var api = await FakeTwilioApi.StartAsync();
        api.Answer(200, Fixture("account-webhook-fetch"));
        await using var services = Services(new() { ["Twilio:AccountSid"] = AccountSidText, ["Twilio:AuthToken"] = AuthToken }, b => b.ConfigureHttpClient(c => c.BaseAddress = api.BaseAddress));

        await services.GetRequiredService<WebhookConfigurationClient>().FetchAccountWebhookConfigurationAsync();

        Assert.Equal(Basic(AccountSidText, AuthToken), Assert.Single(api.Received).Authorization);
    }

    [Fact]
    public async Task Region_and_Edge_make_the_base_address()
    {
        await using var services = Services(new() { ["Twilio:AccountSid"] = AccountSidText, ["Twilio:ApiKeySid"] = ApiKeySidText, ["Twilio:ApiKeySecret"] = ApiKeySecret, ["Twilio:Region"] = "ie1", ["Twilio:Edge"] = "dublin" });

        var connection = services.GetRequiredService<TwilioApiConnection>();

        Assert.Equal(("https://conversations.dublin.ie1.twilio.com/", ApiKeySidText), (connection.BaseAddress.ToString(), connection.Credentials.ApiKeySid));
    }

    [Fact]
    public async Task A_section_without_credentials_names_its_keys_when_the_connection_is_made()
    {
        await using var services = Services(new() { ["Twilio:AccountSid"] = AccountSidText });

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<TwilioApiConnection>());

        Assert.Equal("No Twilio credentials: set Twilio:AccountSid with Twilio:AuthToken, or Twilio:AccountSid with Twilio:ApiKeySid and Twilio:ApiKeySecret.", error.Message);
    }
}
