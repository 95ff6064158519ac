using System.Globalization;
using StreamKit.Graph;

namespace StreamKit.Errors;

/// <summary>
/// Keeps a failed record on a dead-letter topic: the original key, value and headers, plus headers
/// naming the error, the source topic, partition and offset, and the processor. The copy is part of
/// the task's batch, so it is committed with the offsets that skip the record: nothing is lost.
/// </summary>
public sealed class DeadLetterHandler(string topic) : IRecordErrorHandler
{
    /// <summary>Prefix of the headers this handler adds.</summary>
    public const string HeaderPrefix = "dlq.";

    /// <summary>The dead-letter topic.</summary>
    public string Topic => topic;

    /// <inheritdoc />
    public HandlerResponse Handle(ErrorContext context)
    {
        var record = context.Record;
        var headers = record.Headers
            .Set(HeaderPrefix + "error.class", context.Error.GetType().FullName ?? context.Error.GetType().Name)
            .Set(HeaderPrefix + "error.message", context.Error.Message)
            .Set(HeaderPrefix + "source.topic", record.Topic)
            .Set(HeaderPrefix + "source.partition", record.Partition.ToString(CultureInfo.InvariantCulture))
            .Set(HeaderPrefix + "source.offset", record.Offset.ToString(CultureInfo.InvariantCulture))
            .Set(HeaderPrefix + "processor", context.Processor ?? "(deserialization)");
        context.Send(new OutgoingRecord(topic, record.Key, record.Value, record.Timestamp, headers));
        Telemetry.StreamsMetrics.DeadLetters.Add(1, new KeyValuePair<string, object?>("messaging.destination.name", topic));
        return HandlerResponse.Continue;
    }
}
