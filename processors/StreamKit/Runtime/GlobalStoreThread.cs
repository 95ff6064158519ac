using Confluent.Kafka;
using StreamKit.Graph;
using StreamKit.Processing;
using StreamKit.State;

namespace StreamKit.Runtime;

/// <summary>
/// Keeps every global store equal to its topic: reads all partitions from the beginning (before the
/// stream threads start) and then follows new records on its own thread.
/// </summary>
internal sealed class GlobalStoreThread : IDisposable
{
    private readonly Dictionary<string, TaskRuntime> _byTopic = new(StringComparer.Ordinal);
    private readonly IConsumer<byte[]?, byte[]?> _consumer;
    private readonly CancellationTokenSource _stop = new();
    private readonly Action<string> _log;
    private Thread? _thread;

    public GlobalStoreThread(Topology topology, StreamsConfig config, Action<string> log)
    {
        _log = log;
        var index = 0;
        foreach (var global in topology.GlobalStores)
        {
            var runtime = new TaskRuntime(new TaskId(-1, index++), config.ApplicationId, new Subtopology(-1, global.Nodes, [global.Store]), new NoOutput(), config.Time, config.StateDirectory);
            _byTopic.Add(global.Topic, runtime);
            Stores.Add(global.Store.Name, runtime.Store(global.Store.Name));
        }

        _consumer = ClientConfigs.AssignOnlyConsumer(config, $"{config.ApplicationId}-{config.InstanceId}-global");
    }

    public Dictionary<string, IStateStore> Stores { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads every global topic up to its current end.</summary>
    public void Bootstrap(IReadOnlyDictionary<string, int> partitions)
    {
        if (_byTopic.Count == 0)
        {
            return;
        }

        var all = _byTopic.Keys.SelectMany(t => Enumerable.Range(0, partitions[t]).Select(p => new TopicPartition(t, p))).ToList();
        var ends = all.ToDictionary(p => p, p => _consumer.QueryWatermarkOffsets(p, TimeSpan.FromSeconds(10)).High.Value);
        _consumer.Assign(all.Select(p => new TopicPartitionOffset(p, Offset.Beginning)));
        var remaining = ends.Where(e => e.Value > 0).Select(e => e.Key).ToHashSet();
        while (remaining.Count > 0)
        {
            var result = _consumer.Consume(TimeSpan.FromSeconds(10)) ?? throw new Errors.RetriableStreamsException("Bootstrapping the global stores stalled.");
            if (!result.IsPartitionEOF)
            {
                Apply(result);
            }

            if (result.Offset.Value + 1 >= ends[result.TopicPartition] || result.IsPartitionEOF)
            {
                remaining.Remove(result.TopicPartition);
            }
        }

        _log($"global stores ready: {string.Join(", ", Stores.Keys)}");
    }

    public void Start()
    {
        if (_byTopic.Count == 0)
        {
            return;
        }

        _thread = new Thread(() =>
        {
            while (!_stop.IsCancellationRequested)
            {
                var result = _consumer.Consume(TimeSpan.FromMilliseconds(100));
                if (result is not null && !result.IsPartitionEOF)
                {
                    Apply(result);
                }
            }
        }) { Name = "GlobalStoreThread", IsBackground = true };
        _thread.Start();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _thread?.Join(TimeSpan.FromSeconds(10));
        _consumer.Close();
        _consumer.Dispose();
        foreach (var runtime in _byTopic.Values)
        {
            runtime.Dispose();
        }

        _stop.Dispose();
    }

    private void Apply(ConsumeResult<byte[]?, byte[]?> result)
    {
        var runtime = _byTopic[result.Topic];
        runtime.Process(new RawRecord(result.Topic, result.Partition, result.Offset, result.Message.Key, result.Message.Value, result.Message.Timestamp.UnixTimestampMs, RecordHeaders.From(result.Message.Headers)));
        runtime.Flush();
    }

    private sealed class NoOutput : IRecordCollector
    {
        public void Send(OutgoingRecord record) => throw new InvalidOperationException($"A global store's processor may not write records (it tried '{record.Topic}').");
    }
}
