using System.Linq;
using Microsoft.Extensions.Hosting;

namespace ConversationHooks.AspNetCore.Redis.Tests;

/// <summary>What AddConversationHooksRedis registers, however often an app calls it.</summary>
public class RegistrationTests
{
    [Fact]
    public void Calling_AddConversationHooksRedis_twice_registers_its_hosted_services_once_so_one_worker_starts()
    {
        var once = new ServiceCollection();
        once.AddConversationHooksRedis(options => options.ProcessStoredEvents = true);
        var twice = new ServiceCollection();
        twice.AddConversationHooksRedis(options => options.ProcessStoredEvents = true);
        twice.AddConversationHooksRedis(options => options.ProcessStoredEvents = true);

        static int HostedServices(IServiceCollection services) => services.Count(descriptor => descriptor.ServiceType == typeof(IHostedService));

        Assert.Equal(HostedServices(once), HostedServices(twice));
    }
}
