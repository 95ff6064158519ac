using System.Text;
using Confluent.Kafka;

namespace FinanceStreams.IntegrationTests.Infrastructure;

/// <summary>
/// Writes every topic of a cluster, internal ones included, to text files (one line per record: partition,
/// offset, timestamp, headers, key, value with unprintable bytes as '.') for reading a failed scenario afterwards.
/// </summary>
internal static class TopicDump
{
    public static void Write(string bootstrapServers, string directory)
    {
        Directory.CreateDirectory(directory);
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).SetLogHandler((_, _) => { }).Build();
        var topics = admin.GetMetadata(TimeSpan.FromSeconds(30)).Topics.Select(t => t.Topic).Where(t => !t.StartsWith("__", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        using var scan = new TopicScan(bootstrapServers);
        foreach (var topic in topics)
        {
            using var file = new StreamWriter(Path.Combine(directory, topic + ".txt"));
            foreach (var record in scan.All(topic))
            {
                var headers = string.Join(';', record.Message.Headers?.Select(h => $"{h.Key}={Text(h.GetValueBytes())}") ?? []);
                file.WriteLine($"{record.Partition.Value}\t{record.Offset.Value}\t{record.Message.Timestamp.UnixTimestampMs}\t{headers}\t{Text(record.Message.Key)}\t{Text(record.Message.Value)}");
            }
        }
    }

    private static string Text(byte[]? bytes) =>
        bytes is null ? "<null>" : new string([.. Encoding.UTF8.GetString(bytes).Select(c => char.IsControl(c) ? '.' : c)]);
}
