using Confluent.Kafka;
using FinanceStreams.Contracts.Catalog;

namespace FinanceStreams.Host.Cli;

/// <summary>Plain produce and consume of numbered records, to show and test that a cluster carries traffic.</summary>
internal static class DevTraffic
{
    public static async Task EnsureTopicAsync(ClusterConnection cluster, string topic, int partitions, CancellationToken cancel)
    {
        using var admin = cluster.CreateTopicAdmin();
        await admin.EnsureTopicsAsync([new TopicSpec(topic, partitions)], cancel).ConfigureAwait(false);
    }

    public static async Task ProduceAsync(ClusterConnection cluster, string topic, string prefix, int count, CancellationToken cancel)
    {
        var config = new ProducerConfig { BootstrapServers = cluster.BootstrapServers, EnableIdempotence = true };
        using var producer = new ProducerBuilder<string, string>(config).Build();
        for (var i = 1; i <= count; i++)
        {
            var key = $"{prefix}-{i:D4}";
            var message = new Message<string, string> { Key = key, Value = $"{{\"n\":{i},\"run\":\"{prefix}\"}}" };
            var delivery = await producer.ProduceAsync(topic, message, cancel).ConfigureAwait(false);
            Console.WriteLine($"produced {delivery.TopicPartitionOffset} key={key}");
        }
    }

    /// <summary>Consumes until <paramref name="count"/> records whose key starts with <paramref name="prefix"/> arrived; returns how many did.</summary>
    public static int Consume(ClusterConnection cluster, string topic, string group, string prefix, int count, TimeSpan timeout, CancellationToken cancel)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            GroupId = group,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
            PartitionAssignmentStrategy = PartitionAssignmentStrategy.CooperativeSticky,
        };
        using var consumer = new ConsumerBuilder<string, string>(config).Build();
        consumer.Subscribe(topic);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var deadline = Task.Delay(timeout, cancel);
        while (seen.Count < count && !deadline.IsCompleted)
        {
            var record = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (record?.Message.Key.StartsWith(prefix, StringComparison.Ordinal) == true && seen.Add(record.Message.Key))
            {
                Console.WriteLine($"consumed {record.TopicPartitionOffset} key={record.Message.Key} value={record.Message.Value}");
                consumer.Commit(record);
            }
        }

        consumer.Close();
        return seen.Count;
    }
}
