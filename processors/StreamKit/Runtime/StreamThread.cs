using System.Diagnostics;
using Confluent.Kafka;
using StreamKit.Processing;
using StreamKit.State;

namespace StreamKit.Runtime;

/// <summary>
/// One stream thread: a group member that owns tasks, polls their input, processes records one at a
/// time and commits on a timer. Rebalances close revoked tasks (after committing them); new ones are
/// restored from their changelogs by the poll loop, with their input paused, before they process
/// anything. After a retriable error the thread starts over with new clients, as a crashed instance
/// would (<see cref="StreamsConfig.RetryTimeout"/>).
/// </summary>
internal sealed partial class StreamThread : IDisposable
{
    private readonly int _index;
    private readonly StreamsConfig _config;
    private readonly IReadOnlyList<Graph.Subtopology> _subtopologies;
    private readonly Dictionary<string, int> _subtopologyByTopic;
    private readonly IReadOnlyDictionary<string, IStateStore> _globalStores;
    private readonly Dictionary<TaskId, StreamTask> _tasks = [];
    private readonly Dictionary<TaskId, StreamTask> _pending = []; // assigned, not restored yet
    private readonly Action<string> _log;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private IConsumer<byte[]?, byte[]?>? _consumer;
    private IConsumer<byte[]?, byte[]?>? _restoreConsumer;
    private IConsumer<byte[]?, byte[]?>? _followers;
    private readonly HashSet<string> _leaderTopics;
    private RecordSender? _sender;
    private readonly Telemetry.RestoreMeter _restoreMeter = new();
    private readonly Dictionary<TopicPartition, long> _lag = [];
    private long _lastCommit;
    private long _lastLagRead;
    private int _commitsSinceStart;

    private readonly IReadOnlySet<string> _repartitionTopics;

    public StreamThread(int index, StreamsConfig config, IReadOnlyList<Graph.Subtopology> subtopologies, IReadOnlySet<string> repartitionTopics, IReadOnlyDictionary<string, IStateStore> globalStores, Action<string> log)
    {
        _repartitionTopics = repartitionTopics;
        _index = index;
        _config = config;
        _subtopologies = subtopologies;
        _globalStores = globalStores;
        _log = log;
        _subtopologyByTopic = subtopologies.SelectMany(s => s.SourceTopics.Select(t => (t, s.Id))).ToDictionary(x => x.t, x => x.Id, StringComparer.Ordinal);
        _leaderTopics = subtopologies.Where(s => s.SourceTopics.Count > 0).Select(s => s.SourceTopics[0]).ToHashSet(StringComparer.Ordinal);
        _thread = new Thread(Run) { Name = $"{config.ApplicationId}-StreamThread-{index}", IsBackground = true };
    }

    public string Name => _thread.Name!;

    /// <summary>True while any of this thread's tasks is restoring (readiness is false then).</summary>
    public bool IsRestoring { get; private set; }

    /// <summary>True once the thread has joined the group and is polling.</summary>
    public bool IsRunning { get; private set; }

    /// <summary>The error that stopped the thread, if one did.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>The tasks this thread owns right now.</summary>
    public IReadOnlyCollection<StreamTask> Tasks => _tasks.Values;

    public void Start() => _thread.Start();

    public void Stop() => _stop.Cancel();

    public bool Join(TimeSpan timeout) => _thread.Join(timeout);

    public void Dispose() => _stop.Dispose();

    private void Run()
    {
        var restarts = 0;
        var failingSince = 0L;
        while (true)
        {
            _commitsSinceStart = 0;
            try
            {
                RunOnce();
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                if (_commitsSinceStart > 0 || restarts == 0)
                {
                    (restarts, failingSince) = (0, Stopwatch.GetTimestamp());
                }

                restarts++;
                if (!IsRetriable(e) || _stop.IsCancellationRequested || Stopwatch.GetElapsedTime(failingSince) > _config.RetryTimeout)
                {
                    Failure = e;
                    _log($"{Name} failed: {e.Message}");
                    return;
                }

                var pause = TimeSpan.FromSeconds(Math.Min(30, 1 << Math.Min(restarts - 1, 5)));
                _log($"{Name}: {e.Message}; restarting its clients and tasks from their checkpoints in {pause.TotalSeconds:0} s (restart {restarts}; gives up {_config.RetryTimeout.TotalSeconds:0} s after the first without a commit)");
                _stop.Token.WaitHandle.WaitOne(pause);
            }
        }
    }

    /// <summary>Errors of the cluster or of delivery, which a fresh start from the checkpoints may not meet again; never a processing error.</summary>
    private static bool IsRetriable(Exception e) => e is Errors.RetriableStreamsException || (e is KafkaException k && !k.Error.IsFatal);

    private void RunOnce()
    {
        var clientId = $"{_config.ApplicationId}-{_config.InstanceId}-{_index}";
        try
        {
            _sender = new RecordSender(ClientConfigs.Producer(_config, clientId, IsExactlyOnce ? clientId : null), _config.ProductionErrors);
            _restoreConsumer = ClientConfigs.AssignOnlyConsumer(_config, clientId + "-restore");
            _followers = ClientConfigs.FollowerConsumer(_config, clientId + "-followers");
            _consumer = ClientConfigs.MainConsumer(_config, clientId, b => b
                .SetPartitionsAssignedHandler((_, partitions) => OnAssigned(partitions))
                .SetPartitionsRevokedHandler((_, partitions) => OnRevoked(partitions))
                .SetPartitionsLostHandler((_, partitions) => OnLost(partitions)));
            BeginTransactionIfNeeded(initialize: true);
            _consumer.Subscribe(_leaderTopics);
            IsRunning = true;
            Telemetry.StreamsMetrics.AddLagSource(this, LagMeasurements);
            _lastCommit = Stopwatch.GetTimestamp();
            Loop();
            CommitAll();
        }
        finally
        {
            IsRunning = false;
            Telemetry.StreamsMetrics.RemoveLagSource(this);
            Shutdown();
        }
    }

    private void Loop()
    {
        while (!_stop.IsCancellationRequested)
        {
            Dispatch(_consumer!.Consume(TimeSpan.FromMilliseconds(50)));
            RestorePending();
            for (var i = 0; i < 500 && _followers!.Assignment.Count > 0 && _followers.Consume(TimeSpan.Zero) is { } followed; i++)
            {
                Dispatch(followed);
            }

            foreach (var task in _tasks.Values)
            {
                task.Runtime.PunctuateWallClock();
            }

            if (Stopwatch.GetElapsedTime(_lastCommit) >= _config.CommitInterval)
            {
                CommitAll();
            }

            if (Stopwatch.GetElapsedTime(_lastLagRead) >= TimeSpan.FromSeconds(1))
            {
                ReadLag();
            }
        }
    }

    private bool IsExactlyOnce => _config.Guarantee == ProcessingGuarantee.ExactlyOnceV2;

    private void Dispatch(ConsumeResult<byte[]?, byte[]?>? result)
    {
        if (result is not null && !result.IsPartitionEOF && _tasks.TryGetValue(new TaskId(_subtopologyByTopic[result.Topic], result.Partition), out var task))
        {
            task.Process(result);
        }
    }

    /// <summary>Reads each assigned partition's lag from the consumer's cached watermarks (no broker round trip).</summary>
    private void ReadLag()
    {
        _lastLagRead = Stopwatch.GetTimestamp();
        var lag = new Dictionary<TopicPartition, long>();
        foreach (var partition in _consumer!.Assignment.Concat(_followers!.Assignment))
        {
            var consumer = _leaderTopics.Contains(partition.Topic) ? _consumer : _followers;
            var end = consumer.GetWatermarkOffsets(partition).High;
            var position = consumer.Position(partition);
            if (end != Offset.Unset && position != Offset.Unset)
            {
                lag[partition] = Math.Max(0, end.Value - position.Value);
            }
        }

        lock (_lag)
        {
            _lag.Clear();
            foreach (var (partition, records) in lag)
            {
                _lag[partition] = records;
            }
        }
    }

    private IEnumerable<System.Diagnostics.Metrics.Measurement<long>> LagMeasurements()
    {
        lock (_lag)
        {
            return [.. _lag.Select(l => new System.Diagnostics.Metrics.Measurement<long>(l.Value, new KeyValuePair<string, object?>("streamkit.application.id", _config.ApplicationId), new KeyValuePair<string, object?>("messaging.destination.name", l.Key.Topic), new KeyValuePair<string, object?>("messaging.destination.partition.id", l.Key.Partition.Value)))];
        }
    }

    private void Shutdown()
    {
        foreach (var task in _tasks.Values.Concat(_pending.Values))
        {
            task.Dispose();
        }

        _tasks.Clear();
        _pending.Clear();
        try
        {
            _consumer?.Close();
        }
        catch (KafkaException e)
        {
            _log($"{Name}: leaving the group failed: {e.Message}");
        }

        _consumer?.Dispose();
        _followers?.Dispose();
        _restoreConsumer?.Dispose();
        _sender?.Producer.Dispose();
    }
}
