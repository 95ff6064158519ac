using Confluent.Kafka;
using StreamKit.Graph;

namespace StreamKit.Runtime;

/// <summary>Produces serialized records on the thread's producer and remembers the first delivery failure.</summary>
internal sealed class RecordSender(IProducer<byte[]?, byte[]?> producer, Errors.IProductionErrorHandler? errors = null)
{
    private readonly Errors.IProductionErrorHandler _errors = errors ?? Errors.ProductionErrorHandlers.Fail;

    private Error? _failure;
    private long _skipped;

    public IProducer<byte[]?, byte[]?> Producer => producer;

    public void Send(OutgoingRecord record)
    {
        if (_failure is { } earlier)
        {
            // Nothing after a record that could not be produced: the batch is done again after the restart, and a
            // later record of the same repartition channel, delivered, would make the replayed one look applied.
            throw new Errors.RetriableStreamsException($"A record could not be produced: {earlier.Reason} ({earlier.Code}).");
        }

        var message = ToMessage(record);
        while (true)
        {
            try
            {
                if (record.Partition is { } partition)
                {
                    producer.Produce(new TopicPartition(record.Topic, partition), message, OnDelivery);
                }
                else
                {
                    producer.Produce(record.Topic, message, OnDelivery);
                }

                return;
            }
            catch (ProduceException<byte[]?, byte[]?> e) when (e.Error.Code == ErrorCode.Local_QueueFull)
            {
                producer.Poll(TimeSpan.FromMilliseconds(50));
            }
            catch (ProduceException<byte[]?, byte[]?> e)
            {
                Fail(record.Topic, e.Error);
                return;
            }
        }
    }

    /// <summary>Produces <paramref name="records"/> (each to its partition) and waits for them: the offsets they were written at.</summary>
    public IReadOnlyList<long> SendAndWait(IReadOnlyList<OutgoingRecord> records, TimeSpan timeout)
    {
        var deliveries = records.Select(r => producer.ProduceAsync(new TopicPartition(r.Topic, r.Partition ?? Partition.Any), ToMessage(r))).ToArray();
        try
        {
            return Task.WaitAll(deliveries, timeout) ? [.. deliveries.Select(d => d.Result.Offset.Value)]
                : throw new Errors.RetriableStreamsException($"Records were still unacknowledged after {timeout}.");
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<ProduceException<byte[]?, byte[]?>>().FirstOrDefault() is { } failed)
        {
            throw new Errors.RetriableStreamsException($"A record to {failed.DeliveryResult.Topic} could not be produced: {failed.Error.Reason} ({failed.Error.Code}).");
        }
    }

    private static Message<byte[]?, byte[]?> ToMessage(OutgoingRecord record) => new()
    {
        Key = record.Key,
        Value = record.Value,
        Timestamp = new Timestamp(record.Timestamp, TimestampType.CreateTime),
        Headers = record.Headers.ToKafka(),
    };

    /// <summary>Waits until every record sent so far is acknowledged; throws if any was not.</summary>
    public void FlushOrThrow(TimeSpan timeout)
    {
        if (producer.Flush(timeout) > 0)
        {
            throw new Errors.RetriableStreamsException($"Records were still unacknowledged after {timeout}.");
        }

        if (_failure is { } failure)
        {
            _failure = null;
            throw failure.IsFatal
                ? new Errors.FatalStreamsException($"A record could not be produced: {failure.Reason} ({failure.Code}).")
                : new Errors.RetriableStreamsException($"A record could not be produced: {failure.Reason} ({failure.Code}).");
        }
    }

    private void OnDelivery(DeliveryReport<byte[]?, byte[]?> report)
    {
        if (report.Error.IsError)
        {
            Fail(report.Topic, report.Error);
        }
    }

    /// <summary>Records skipped because the production error handler said to continue.</summary>
    public long Skipped => Interlocked.Read(ref _skipped);

    private void Fail(string topic, Error error)
    {
        if (_errors.Handle(topic, error) == Errors.HandlerResponse.Continue)
        {
            Interlocked.Increment(ref _skipped);
            Telemetry.StreamsMetrics.RecordsSkipped.Add(1, new KeyValuePair<string, object?>("messaging.destination.name", topic), new KeyValuePair<string, object?>("error.type", error.Code.ToString()));
            return;
        }

        _failure ??= error;
    }
}
