namespace ConversationHooks.AspNetCore.Tests.Support;

/// <summary>A scoped service that knows whether its scope has been disposed.</summary>
public sealed class ScopedProbe : IDisposable, IAsyncDisposable
{
    public bool IsDisposed { get; private set; }

    public void Dispose() => IsDisposed = true;

    public ValueTask DisposeAsync()
    {
        IsDisposed = true;
        return ValueTask.CompletedTask;
    }
}
