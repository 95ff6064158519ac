using System.Globalization;
using System.Text;
using Confluent.Kafka;
using FinanceStreams.Contracts.Catalog;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.Stream;

namespace FinanceStreams.Streaming.DeadLetters;

/// <summary>
/// Keeps refused records on the dead-letter topic (<c>finance.dlq</c>) with their original key, value,
/// timestamp and headers plus the <see cref="DeadLetterHeaders"/>, so <c>finance-streams dlq replay</c>
/// can send them back. One writer per topology (<paramref name="topology"/> is its application id).
/// Each write waits for the broker's acknowledgement before the pipeline moves on, so a dead letter is
/// never lost to a crash after its offset was committed; dead letters are rare, the wait is cheap.
/// </summary>
/// <param name="producer">Sends the dead letters; the writer owns and disposes it.</param>
/// <param name="topology">Application id of the topology that refuses records.</param>
/// <param name="topic">Dead-letter topic; the catalog's <c>finance.dlq</c> by default.</param>
public sealed class DeadLetterWriter(IDeadLetterProducer producer, string topology, string? topic = null) : IDisposable
{
    private static readonly TimeSpan FlushTimeout = TimeSpan.FromSeconds(30);
    private readonly IDeadLetterProducer _producer = producer ?? throw new ArgumentNullException(nameof(producer));
    private readonly string _topology = string.IsNullOrWhiteSpace(topology) ? throw new ArgumentException("A topology (application id) is required.", nameof(topology)) : topology;

    /// <summary>The dead-letter topic.</summary>
    public string Topic { get; } = topic ?? Topics.DeadLetters.Name;

    /// <summary>A writer with its own idempotent (acks=all) producer on the cluster at <paramref name="bootstrapServers"/>.</summary>
    /// <param name="bootstrapServers">Kafka bootstrap address.</param>
    /// <param name="topology">Application id of the topology.</param>
    /// <param name="clientSettings">Further librdkafka settings (security, ...); idempotence and acks are always set.</param>
    public static DeadLetterWriter Create(string bootstrapServers, string topology, IReadOnlyDictionary<string, string>? clientSettings = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bootstrapServers);
        return new(new KafkaDeadLetterProducer(KafkaDeadLetterProducer.Config(bootstrapServers, clientSettings)), topology);
    }

    /// <summary>
    /// A Streamiz <see cref="IStreamConfig.DeserializationExceptionHandler"/>: dead-letters the record that could
    /// not be read and answers <see cref="ExceptionHandlerResponse.CONTINUE"/>, so the pipeline goes on. The processor
    /// named is the source node reading the record's topic when <paramref name="description"/> is given.
    /// A record is dead-lettered once, however often Streamiz asks (it deserializes each record twice).
    /// Throws <see cref="DeadLetterWriteException"/> (the stream thread stops) when the dead letter cannot be written.
    /// </summary>
    public Func<ProcessorContext, ConsumeResult<byte[], byte[]>, Exception, ExceptionHandlerResponse> DeserializationHandler(ITopologyDescription? description = null)
    {
        var sources = description is null ? null : new SourceNodeIndex(description, _topology);
        var written = new RecentPositions();
        return (_, record, error) =>
        {
            // Remembered only once written: a failed write is tried again when the record is read again.
            if (!written.Contains(record.Topic, record.Partition.Value, record.Offset.Value))
            {
                Write(DeadLetterRecord.From(record), error, sources?.Find(record.Topic) ?? DeadLetterHeaders.DeserializationProcessor);
                written.Add(record.Topic, record.Partition.Value, record.Offset.Value);
            }

            return ExceptionHandlerResponse.CONTINUE;
        };
    }

    /// <summary>Dead-letters <paramref name="record"/>, refused by <paramref name="processor"/> with <paramref name="error"/>; returns once the broker has it.</summary>
    /// <exception cref="DeadLetterWriteException">The dead letter could not be written.</exception>
    public void Write(DeadLetterRecord record, Exception error, string processor)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentException.ThrowIfNullOrWhiteSpace(processor);
        var message = new Message<byte[]?, byte[]?> { Key = record.Key, Value = record.Value, Timestamp = record.Timestamp, Headers = Headers(record, error, processor) };
        try
        {
            _producer.Send(Topic, message);
        }
        catch (Exception e)
        {
            throw new DeadLetterWriteException($"Record {record.Topic}[{record.Partition}]@{record.Offset}, refused by {processor} of {_topology} ({error.GetType().Name}: {error.Message}), could not be written to '{Topic}': {e.Message}", e) { RefusalError = error };
        }

        DeadLetterMetrics.Records.Add(1, new KeyValuePair<string, object?>("topic", record.Topic), new KeyValuePair<string, object?>("topology", _topology));
    }

    /// <summary>Flushes what is in flight, then closes the producer.</summary>
    public void Dispose()
    {
        try
        {
            _producer.Flush(FlushTimeout);
        }
        finally
        {
            _producer.Dispose();
        }
    }

    private Headers Headers(DeadLetterRecord record, Exception error, string processor)
    {
        var added = new (string Key, string Value)[]
        {
            (DeadLetterHeaders.ErrorClass, error.GetType().FullName ?? error.GetType().Name),
            (DeadLetterHeaders.ErrorMessage, error.Message),
            (DeadLetterHeaders.SourceTopic, record.Topic),
            (DeadLetterHeaders.SourcePartition, record.Partition.ToString(CultureInfo.InvariantCulture)),
            (DeadLetterHeaders.SourceOffset, record.Offset.ToString(CultureInfo.InvariantCulture)),
            (DeadLetterHeaders.Processor, processor),
            (DeadLetterHeaders.Topology, _topology),
        };
        var headers = new Headers();
        foreach (var header in record.Headers ?? [])
        {
            if (!added.Any(a => a.Key == header.Key))
            {
                headers.Add(header.Key, header.GetValueBytes());
            }
        }

        foreach (var (key, value) in added)
        {
            headers.Add(key, Encoding.UTF8.GetBytes(value));
        }

        return headers;
    }
}
