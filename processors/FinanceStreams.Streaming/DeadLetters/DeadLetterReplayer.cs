using System.Globalization;
using Confluent.Kafka;

namespace FinanceStreams.Streaming.DeadLetters;

/// <summary>
/// Sends dead letters back to the topic and partition they came from, without the <c>dlq.</c>
/// headers, so they are processed again after a fix. Reads the dead-letter topic up to its current end.
/// </summary>
public sealed class DeadLetterReplayer(string bootstrapServers, IReadOnlyDictionary<string, string>? clientSettings = null)
{
    /// <summary>Replays the dead letters that <paramref name="select"/> accepts; returns how many were replayed.</summary>
    public int Replay(string deadLetterTopic, Func<RecordHeaders, bool>? select = null, Action<int, long>? progress = null, CancellationToken cancel = default)
    {
        var settings = new ClientConfig((clientSettings ?? new Dictionary<string, string>()).ToDictionary()) { BootstrapServers = bootstrapServers };
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig(settings) { GroupId = $"dlq-replay-{Guid.NewGuid():N}", EnableAutoCommit = false, EnablePartitionEof = true }).Build();
        using var producer = new ProducerBuilder<byte[]?, byte[]?>(new ProducerConfig(settings) { EnableIdempotence = true }).Build();
        using var admin = new AdminClientBuilder(settings).Build();
        var partitions = admin.GetMetadata(deadLetterTopic, TimeSpan.FromSeconds(10)).Topics.Single().Partitions
            .Select(p => new TopicPartition(deadLetterTopic, p.PartitionId)).ToList();
        var ends = partitions.ToDictionary(p => p, p => consumer.QueryWatermarkOffsets(p, TimeSpan.FromSeconds(10)).High.Value);
        consumer.Assign(partitions.Select(p => new TopicPartitionOffset(p, Offset.Beginning)));
        var open = ends.Where(e => e.Value > 0).Select(e => e.Key).ToHashSet();
        var replayed = 0;
        var read = 0L;
        while (open.Count > 0 && !cancel.IsCancellationRequested)
        {
            var result = consumer.Consume(TimeSpan.FromSeconds(10)) ?? throw new TimeoutException($"Reading dead letters from '{deadLetterTopic}' stalled.");
            if (!result.IsPartitionEOF)
            {
                read++;
                replayed += Send(producer, result, select) ? 1 : 0;
                progress?.Invoke(replayed, read);
            }

            if (result.IsPartitionEOF || result.Offset.Value + 1 >= ends[result.TopicPartition])
            {
                open.Remove(result.TopicPartition);
            }
        }

        producer.Flush(TimeSpan.FromSeconds(30));
        return replayed;
    }

    private static bool Send(IProducer<byte[]?, byte[]?> producer, ConsumeResult<byte[]?, byte[]?> dead, Func<RecordHeaders, bool>? select)
    {
        var headers = RecordHeaders.From(dead.Message.Headers);
        var topic = headers.LastString(DeadLetterHeaders.Prefix + "source.topic");
        if (topic is null || (select is not null && !select(headers)))
        {
            return false;
        }

        var original = new Headers();
        foreach (var (key, value) in headers.Where(h => !h.Key.StartsWith(DeadLetterHeaders.Prefix, StringComparison.Ordinal)))
        {
            original.Add(key, value);
        }

        var message = new Message<byte[]?, byte[]?> { Key = dead.Message.Key, Value = dead.Message.Value, Headers = original, Timestamp = dead.Message.Timestamp };
        var partition = int.TryParse(headers.LastString(DeadLetterHeaders.Prefix + "source.partition"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? new Partition(p) : Partition.Any;
        producer.Produce(new TopicPartition(topic, partition), message);
        return true;
    }
}
