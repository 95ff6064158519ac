using System.Diagnostics.Metrics;
using Confluent.Kafka;

namespace FinanceStreams.Streaming.Metrics;

/// <summary>
/// Consumer lag of an application (consumer group) per topic: the partitions' end offsets minus the group's committed
/// offsets, read every <see cref="Interval"/> by a consumer that never joins the group, published as the gauge
/// <c>finance.consumer.lag</c> (Streamiz has no lag metric). A partition whose start offset has moved past the group's
/// committed offset lost records the group never read (a broker's retention, or the local broker's ~5 MiB cap): it is
/// reported through the loss callback, naming the partition, once per new start offset.
/// </summary>
public sealed class ConsumerLagMonitor : IDisposable
{
    /// <summary>How often the lag is read.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private readonly string _applicationId;
    private readonly IReadOnlyList<TopicPartition> _partitions;
    private readonly IConsumer<byte[], byte[]> _consumer;
    private readonly ObservableGauge<long> _gauge;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private bool _disposed;
    private readonly Action<string> _lost;
    private readonly Dictionary<TopicPartition, long> _reported = [];
    private IReadOnlyDictionary<string, long> _lag = new Dictionary<string, long>();

    /// <summary>Watches <paramref name="partitions"/> (the topics the application consumes) for group <paramref name="applicationId"/>; <paramref name="lost"/> hears of lost records.</summary>
    public ConsumerLagMonitor(string bootstrapServers, string applicationId, IReadOnlyList<TopicPartition> partitions, Action<string> lost)
    {
        _applicationId = applicationId;
        _lost = lost;
        _partitions = partitions;
        _consumer = new ConsumerBuilder<byte[], byte[]>(new ConsumerConfig { BootstrapServers = bootstrapServers, GroupId = applicationId, EnableAutoCommit = false, LogConnectionClose = false })
            .SetLogHandler((_, _) => { })
            .Build();
        _gauge = PipelineMetrics.Meter.CreateObservableGauge("finance.consumer.lag", Observe, "{record}", "Records of a topic not yet committed by the application's consumer group.");
        _timer = new Timer(_ => Read(), null, TimeSpan.Zero, Interval);
    }

    /// <summary>The latest lag per topic.</summary>
    public IReadOnlyDictionary<string, long> Lag => _lag;

    /// <summary>Stops reading; waits for a reading in progress, so the consumer is never used after it is disposed.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        Volatile.Write(ref _disposed, true); // a reading in progress stops at its next partition
        lock (_gate)
        {
            _consumer.Dispose();
        }
    }

    private IEnumerable<Measurement<long>> Observe() =>
        _lag.Select(l => new Measurement<long>(l.Value, new KeyValuePair<string, object?>("application_id", _applicationId), new KeyValuePair<string, object?>("topic", l.Key)));

    /// <summary>Reads the lag once (the timer calls it); does nothing once disposed.</summary>
    internal void Read()
    {
        lock (_gate)
        {
            if (!Volatile.Read(ref _disposed))
            {
                ReadLocked();
            }
        }
    }

    private void ReadLocked()
    {
        try
        {
            var committed = _consumer.Committed(_partitions, Timeout).ToDictionary(c => c.TopicPartition, c => c.Offset);
            var lag = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var partition in _partitions.TakeWhile(_ => !Volatile.Read(ref _disposed)))
            {
                var (start, end) = _consumer.QueryWatermarkOffsets(partition, Timeout) is var w ? (w.Low.Value, w.High.Value) : default;
                var done = committed.TryGetValue(partition, out var offset) && offset != Offset.Unset ? offset.Value : 0;
                lag[partition.Topic] = lag.GetValueOrDefault(partition.Topic) + Math.Max(0, end - done);
                if (start > done && start > _reported.GetValueOrDefault(partition))
                {
                    _reported[partition] = start;
                    _lost($"{partition.Topic}[{partition.Partition.Value}] starts at offset {start} but {_applicationId} has read only up to {done}: records {done}-{start - 1} were dropped by the broker before they were processed");
                }
            }

            _lag = lag;
        }
        catch (KafkaException)
        {
            // the broker is away: keep the last reading; the broker's own health shows the outage
        }
    }
}
