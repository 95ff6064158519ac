using System.Diagnostics;
using StreamKit.Errors;
using StreamKit.Processing;
using StreamKit.State;

namespace StreamKit.Runtime;

/// <summary>
/// A running streams application instance: prepares internal topics, fills global stores, runs the
/// stream threads, and stops them gracefully. Start more instances with the same application id to scale.
/// </summary>
public sealed class KafkaStreams : IAsyncDisposable
{
    /// <summary>
    /// How long <see cref="DisposeAsync"/> waits for all stream threads together. A consumer's close can hang in a
    /// rebalance (seen in the scaling scenario); the group then notices the member gone after its session timeout.
    /// </summary>
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly Topology _topology;
    private readonly StreamsConfig _config;
    private readonly Action<string> _log;
    private readonly List<StreamThread> _threads = [];
    private GlobalStoreThread? _global;

    /// <summary>An instance of <paramref name="topology"/>; nothing connects until <see cref="StartAsync"/>.</summary>
    public KafkaStreams(Topology topology, StreamsConfig config, Action<string>? log = null)
    {
        if (topology.ApplicationId is { } built && built != config.ApplicationId)
        {
            throw new ArgumentException($"The topology was built for application '{built}' but runs as '{config.ApplicationId}'; its internal topic names would not match.", nameof(config));
        }

        _topology = topology;
        _config = config.Validate();
        _log = log ?? (_ => { });
    }

    /// <summary>Reports restore progress: task, store, records done, records in all.</summary>
    public Action<TaskId, string, long, long>? RestoreProgress { get; init; }

    /// <summary>True when every thread runs and none is restoring.</summary>
    public bool IsReady => _threads.Count > 0 && _threads.All(t => t.IsRunning && !t.IsRestoring);

    /// <summary>The first error that stopped a thread, if any.</summary>
    public Exception? Failure => _threads.Select(t => t.Failure).FirstOrDefault(f => f is not null);

    /// <summary>Creates missing internal topics, fills global stores and starts the stream threads.</summary>
    public async Task StartAsync(CancellationToken cancel = default)
    {
        if (_threads.Count > 0)
        {
            throw new InvalidOperationException("This instance is already started.");
        }

        using (var admin = _config.CreateTopicAdmin())
        {
            var internalTopics = await TopicPlanner.PlanAsync(_topology, _config.ApplicationId, admin, cancel).ConfigureAwait(false);
            await admin.EnsureTopicsAsync(internalTopics, cancel).ConfigureAwait(false);
            _global = new GlobalStoreThread(_topology, _config, _log);
            var globalTopics = _topology.GlobalStores.Select(g => g.Topic).ToList();
            _global.Bootstrap(await admin.GetPartitionCountsAsync(globalTopics, cancel).ConfigureAwait(false));
        }

        _global.Start();
        var subtopologies = _topology.Subtopologies();
        var repartition = _topology.RepartitionTopics.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < _config.StreamThreads; i++)
        {
            var thread = new StreamThread(i, _config, subtopologies, repartition, _global.Stores, _log) { RestoreProgress = RestoreProgress };
            _threads.Add(thread);
            thread.Start();
        }
    }

    /// <summary>A store of a task this instance owns now, for interactive queries; null if another instance owns it.</summary>
    public IReadOnlyKeyValueStore<TKey, ValueAndTimestamp<TValue>>? LocalStore<TKey, TValue>(string store, int partition) =>
        _threads.SelectMany(t => t.Tasks).Where(t => t.Id.Partition == partition && t.State == TaskState.Running)
            .Select(t => t.Runtime.Stores.GetValueOrDefault(store)).OfType<ITimestampedKeyValueStore<TKey, TValue>>().FirstOrDefault();

    /// <summary>A global store of this instance, for interactive queries (a global table's store holds <see cref="ValueAndTimestamp{TValue}"/>); null before start or for an unknown name.</summary>
    public IReadOnlyKeyValueStore<TKey, TValue>? GlobalStore<TKey, TValue>(string store) =>
        _global?.Stores.GetValueOrDefault(store) as IReadOnlyKeyValueStore<TKey, TValue>;

    /// <summary>Stops the threads after a final commit, and the global store thread.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var thread in _threads)
        {
            thread.Stop();
        }

        await Task.Run(() =>
        {
            var stopping = Stopwatch.StartNew();
            foreach (var thread in _threads)
            {
                var left = StopTimeout - stopping.Elapsed;
                if (thread.Join(left > TimeSpan.Zero ? left : TimeSpan.Zero))
                {
                    thread.Dispose();
                }
                else
                {
                    _log($"{thread.Name} did not stop within {StopTimeout.TotalSeconds:0} s; left behind (a background thread, it ends with the process)");
                }
            }
        }).ConfigureAwait(false);
        _global?.Dispose();
        if (Failure is StreamsException { IsFatal: true } fatal)
        {
            _log($"stopped after a fatal error: {fatal.Message}");
        }
    }
}
