using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Net;
using ConversationHooks.AspNetCore.Tests.Support;

namespace ConversationHooks.AspNetCore.Tests;

/// <summary>
/// Traces: the request's activity and the endpoint's own (source <c>ConversationHooks.AspNetCore</c>) carry the
/// event type, the resource SID and the outcome, under namespaced names; the duration histogram advises buckets in seconds.
/// </summary>
public class TracingTests
{
    private const string SourceName = "ConversationHooks.AspNetCore";
    private const string MessageSid = "IM1234567890abcdef1234567890abcdef";

    [Fact]
    public async Task The_request_activity_and_the_endpoints_own_carry_the_event_type_sid_and_outcome()
    {
        using var traced = new TracedRequests();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdd(e => e.Reject()));

        using var response = await receiver.Client.SendAsync(traced.Traceparent(Receiver.Signed(Fixture.ReadEvent("onMessageAdd"), TwilioSignature.SignForm(Receiver.Token, receiver.Url, Fixture.ReadEvent("onMessageAdd")))));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var request = await traced.StoppedAsync("Microsoft.AspNetCore");
        var own = await traced.StoppedAsync(SourceName);
        Assert.Equal("ConversationHooks.Receive", own.OperationName);
        Assert.Equal(request.SpanId, own.ParentSpanId);
        foreach (var activity in new[] { request, own })
        {
            Assert.Equal("onMessageAdd", activity.GetTagItem("conversationhooks.event.type"));
            Assert.Equal("MB1234567890abcdef1234567890abcdef", activity.GetTagItem("conversationhooks.resource.sid"));
            Assert.Equal("rejected", activity.GetTagItem("conversationhooks.outcome"));
        }
    }

    [Fact]
    public async Task A_failed_handler_marks_the_endpoints_activity_as_an_error_with_its_error_type()
    {
        using var traced = new TracedRequests();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdded(_ => throw new InvalidOperationException("the store is down")));
        var body = Fixture.ReadEvent("onMessageAdded");

        using var response = await receiver.Client.SendAsync(traced.Traceparent(Receiver.Signed(body, TwilioSignature.SignForm(Receiver.Token, receiver.Url, body))));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var own = await traced.StoppedAsync(SourceName);
        Assert.Equal(ActivityStatusCode.Error, own.Status);
        Assert.Equal("failed", own.GetTagItem("error.type"));
        Assert.Equal(MessageSid, own.GetTagItem("conversationhooks.resource.sid"));
    }

    [Fact]
    public async Task A_refused_signature_is_traced_with_its_reason_as_error_type()
    {
        using var traced = new TracedRequests();
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdd(e => e.Continue()));
        var body = Fixture.ReadEvent("onMessageAdd");

        using var response = await receiver.Client.SendAsync(traced.Traceparent(Receiver.Signed(body, TwilioSignature.SignForm("another-accounts-token", receiver.Url, body))));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var request = await traced.StoppedAsync("Microsoft.AspNetCore");
        Assert.Equal("SignatureMismatch", request.GetTagItem("error.type"));
        Assert.Null(request.GetTagItem("conversationhooks.event.type"));
    }

    [Fact]
    public async Task The_handler_duration_histogram_advises_buckets_in_seconds()
    {
        await using var receiver = await Receiver.StartAsync(hooks => hooks.OnMessageAdd(e => e.Continue()));
        var advised = new TaskCompletionSource<IReadOnlyList<double>?>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (instrument is Histogram<double> { Name: "conversationhooks.webhook.handler.duration" } histogram && instrument.Meter.Name == SourceName)
                {
                    advised.TrySetResult(histogram.Advice?.HistogramBucketBoundaries);
                }
            },
        };
        listener.Start();

        var buckets = await advised.Task.WaitAsync(Bounded.Wait);

        Assert.NotNull(buckets);
        Assert.Equal(0.005, buckets[0]);
        Assert.Equal(10, buckets[^1]);
    }

    /// <summary>The activities of this test's requests only: each is sent with a trace id of its own (tests run in parallel, listeners are process-wide).</summary>
    private sealed class TracedRequests : IDisposable
    {
        private readonly ActivityTraceId _traceId = ActivityTraceId.CreateRandom();
        private readonly Recorded<Activity> _stopped = new();
        private readonly ActivityListener _listener;

        public TracedRequests()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name is "Microsoft.AspNetCore" or SourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    if (activity.TraceId == _traceId)
                    {
                        _stopped.Add(activity);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public HttpRequestMessage Traceparent(HttpRequestMessage request)
        {
            request.Headers.Add("traceparent", $"00-{_traceId}-{ActivitySpanId.CreateRandom()}-01");
            return request;
        }

        public async Task<Activity> StoppedAsync(string source)
        {
            await Bounded.UntilAsync(() => _stopped.Items.Any(a => a.Source.Name == source), "an activity of " + source);
            return _stopped.Items.Single(a => a.Source.Name == source);
        }

        public void Dispose() => _listener.Dispose();
    }
}
