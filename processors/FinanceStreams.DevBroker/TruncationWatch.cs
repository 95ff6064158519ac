using Confluent.Kafka;

namespace FinanceStreams.DevBroker;

/// <summary>
/// The mock cluster keeps only about the last 5 MiB (or 100,000 batches) of each partition and drops older records
/// without a word; this watch makes it say so. Every <see cref="Interval"/> it reads each partition's start offset and
/// logs an error naming the partition the first time, and every time, the start moves past 0.
/// </summary>
internal sealed class TruncationWatch : IDisposable
{
    /// <summary>How often the partitions are checked.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private readonly IAdminClient _admin;
    private readonly IConsumer<byte[], byte[]> _consumer;
    private readonly Action<string> _log;
    private readonly Dictionary<TopicPartition, long> _starts = [];
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private bool _disposed;

    public TruncationWatch(string bootstrapServers, Action<string> log)
    {
        _log = log;
        _admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).SetLogHandler((_, _) => { }).Build();
        _consumer = new ConsumerBuilder<byte[], byte[]>(new ConsumerConfig { BootstrapServers = bootstrapServers, GroupId = "local-broker-truncation-watch" }).SetLogHandler((_, _) => { }).Build();
        _timer = new Timer(_ => Check(), null, Interval, Interval);
    }

    /// <summary>Stops checking; waits for a check in progress, so the clients are never used after they are disposed.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        Volatile.Write(ref _disposed, true); // a check in progress stops at its next partition
        lock (_gate)
        {
            _consumer.Dispose();
            _admin.Dispose();
        }
    }

    private void Check()
    {
        if (!_gate.TryEnter())
        {
            return; // the previous check still runs
        }

        try
        {
            if (Volatile.Read(ref _disposed))
            {
                return;
            }

            foreach (var topic in _admin.GetMetadata(TimeSpan.FromSeconds(5)).Topics)
            {
                foreach (var partition in topic.Partitions.Select(p => new TopicPartition(topic.Topic, p.PartitionId)).TakeWhile(_ => !Volatile.Read(ref _disposed)))
                {
                    var start = _consumer.QueryWatermarkOffsets(partition, TimeSpan.FromSeconds(5)).Low.Value;
                    if (start > _starts.GetValueOrDefault(partition))
                    {
                        _starts[partition] = start;
                        _log($"ERROR: partition {partition.Topic}[{partition.Partition.Value}] lost its oldest records: it now starts at offset {start}. "
                            + "The local broker keeps only about 5 MiB per partition and drops older data; lower the volume or use a real broker.");
                    }
                }
            }
        }
        catch (KafkaException)
        {
            // checked again at the next tick
        }
        finally
        {
            _gate.Exit();
        }
    }
}
