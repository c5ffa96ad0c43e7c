using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ConversationHooks.Client.Tests;

/// <summary>Every log message at every level, to check what the HTTP client factory writes.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();

    public string Text => string.Join("\n", _messages);

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => logs._messages.Enqueue(formatter(state, exception));
    }
}
