using System.Diagnostics;
using Confluent.Kafka;
using FinanceStreams.Streaming.DeadLetters;

namespace FinanceStreams.IntegrationTests.Infrastructure;

/// <summary>Reads a topic from the beginning in a fresh group until enough records arrived (or a minute passed).</summary>
public static class TopicReader
{
    public static List<(string Key, byte[] Value, RecordHeaders Headers)> Read(KafkaCluster cluster, string topic, int count) =>
        ReadUntil(cluster, topic, records => records.Count >= count);

    /// <summary>Reads until <paramref name="done"/> says the records read so far are enough (or a minute passed).</summary>
    public static List<(string Key, byte[] Value, RecordHeaders Headers)> ReadUntil(KafkaCluster cluster, string topic, Func<List<(string Key, byte[] Value, RecordHeaders Headers)>, bool> done)
    {
        using var consumer = new ConsumerBuilder<string, byte[]>(new ConsumerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            GroupId = $"read-{Guid.NewGuid():N}",
            AutoOffsetReset = AutoOffsetReset.Earliest,
        }).Build();
        consumer.Subscribe(topic);
        var records = new List<(string, byte[], RecordHeaders)>();
        var clock = Stopwatch.StartNew();
        while (!done(records) && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { } r)
            {
                records.Add((r.Message.Key, r.Message.Value, RecordHeaders.From(r.Message.Headers)));
            }
        }

        consumer.Close();
        return records;
    }
}
