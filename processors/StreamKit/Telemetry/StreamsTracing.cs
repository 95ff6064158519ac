using System.Diagnostics;
using StreamKit.Processing;

namespace StreamKit.Telemetry;

/// <summary>
/// Traces on the <see cref="SourceName"/> activity source. A processed record's span continues the
/// W3C trace context found in its <c>traceparent</c> header, and records written while it runs carry
/// the span's context in theirs.
/// </summary>
public static class StreamsTracing
{
    /// <summary>The activity source's name.</summary>
    public const string SourceName = "StreamKit";

    /// <summary>The W3C trace-context header.</summary>
    public const string TraceParent = "traceparent";

    /// <summary>The W3C trace-state header.</summary>
    public const string TraceState = "tracestate";

    private static readonly ActivitySource Source = new(SourceName, "1.0");

    /// <summary>Starts the span of processing one record, or null when nobody listens.</summary>
    public static Activity? StartProcess(string topic, int partition, long offset, RecordHeaders headers)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        ActivityContext.TryParse(headers.LastString(TraceParent), headers.LastString(TraceState), out var parent);
        var activity = Source.StartActivity($"{topic} process", ActivityKind.Consumer, parent);
        activity?.SetTag("messaging.system", "kafka");
        activity?.SetTag("messaging.operation.type", "process");
        activity?.SetTag("messaging.destination.name", topic);
        activity?.SetTag("messaging.destination.partition.id", partition);
        activity?.SetTag("messaging.kafka.offset", offset);
        return activity;
    }

    /// <summary>The headers with the current span's context, when there is one.</summary>
    public static RecordHeaders Inject(RecordHeaders headers)
    {
        if (Activity.Current is not { } current || current.IdFormat != ActivityIdFormat.W3C)
        {
            return headers;
        }

        var withParent = headers.Set(TraceParent, current.Id!);
        return current.TraceStateString is { Length: > 0 } state ? withParent.Set(TraceState, state) : withParent;
    }
}
