namespace ConversationHooks.AspNetCore.Tests.Support;

/// <summary>
/// A test that needs a real redis-server: <c>.ci/run</c> starts one and sets
/// <see cref="VariableName"/> to its address; without it (a plain <c>dotnet test</c>) the test is skipped and says why.
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public const string VariableName = "CONVERSATIONHOOKS_TEST_REDIS";

    public RedisFactAttribute()
    {
        if (string.IsNullOrEmpty(Address))
        {
            Skip = $"{VariableName} is not set: no redis-server to test against (bash .ci/run installs and starts one).";
        }
    }

    /// <summary>host:port of the Redis the tests share.</summary>
    public static string? Address => Environment.GetEnvironmentVariable(VariableName);
}
