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
    private readonly DeadLetterOutput _output;
    private readonly Action<string> _log;
    private Thread? _thread;

    public GlobalStoreThread(Topology topology, StreamsConfig config, Action<string> log)
    {
        _output = new DeadLetterOutput(() => ClientConfigs.Producer(config, $"{config.ApplicationId}-{config.InstanceId}-global-producer", null));
        _log = log;
        var index = 0;
        foreach (var global in topology.GlobalStores)
        {
            var runtime = new TaskRuntime(new TaskId(-1, index++), config.ApplicationId, new Subtopology(-1, global.Nodes, [global.Store]), _output, config.Time, config.StateDirectory, errors: config.RecordErrors);
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

        _output.Dispose();
        _stop.Dispose();
    }

    private void Apply(ConsumeResult<byte[]?, byte[]?> result)
    {
        var runtime = _byTopic[result.Topic];
        runtime.Process(new RawRecord(result.Topic, result.Partition, result.Offset, result.Message.Key, result.Message.Value, result.Message.Timestamp.UnixTimestampMs, RecordHeaders.From(result.Message.Headers)));
        runtime.Flush();
        _output.Flush();
    }

    /// <summary>
    /// What a global store's task may write: only what its error handler sends (dead letters of records it could
    /// not read or apply), through a producer created on first use. A global processor has no sinks.
    /// </summary>
    private sealed class DeadLetterOutput(Func<IProducer<byte[]?, byte[]?>> create) : IRecordCollector, IDisposable
    {
        private IProducer<byte[]?, byte[]?>? _producer;

        public void Send(OutgoingRecord record)
        {
            _producer ??= create();
            var message = new Message<byte[]?, byte[]?> { Key = record.Key, Value = record.Value, Timestamp = new Timestamp(record.Timestamp, TimestampType.CreateTime), Headers = record.Headers.ToKafka() };
            _producer.Produce(record.Topic, message);
        }

        public void Flush() => _producer?.Flush(TimeSpan.FromSeconds(30));

        public void Dispose()
        {
            Flush();
            _producer?.Dispose();
        }
    }
}
