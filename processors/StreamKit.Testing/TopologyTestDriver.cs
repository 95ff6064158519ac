using Microsoft.Extensions.Time.Testing;
using StreamKit.Errors;
using StreamKit.Graph;
using StreamKit.Processing;
using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Testing;

/// <summary>
/// Runs a topology synchronously, in process, with the same processors and stores as production:
/// every topic has one partition, records written to a topic that a sub-topology reads (repartition
/// topics) are processed at once, stores are flushed after every input record, and wall-clock time
/// moves only when the test says so.
/// </summary>
public sealed partial class TopologyTestDriver : IDisposable
{
    private readonly Dictionary<string, TaskRuntime> _tasksByTopic = new(StringComparer.Ordinal);
    private readonly List<TaskRuntime> _tasks = [];
    private readonly Dictionary<string, List<OutgoingRecord>> _outputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _offsets = new(StringComparer.Ordinal);
    private readonly Queue<(TaskRuntime Task, RawRecord Record)> _pending = new();
    private readonly string _stateDirectory;

    /// <summary>Starts the topology's tasks.</summary>
    public TopologyTestDriver(Topology topology, string? applicationId = null, DateTimeOffset? wallClockStart = null, RecordErrorHandling? errors = null)
    {
        applicationId ??= topology.ApplicationId ?? "test-app";
        Time = new FakeTimeProvider(wallClockStart ?? DateTimeOffset.UnixEpoch);
        _stateDirectory = Path.Combine(Path.GetTempPath(), $"streamkit-ttd-{Guid.NewGuid():N}");
        var collector = new Collector(this);
        var globals = new Dictionary<string, IStateStore>(StringComparer.Ordinal);
        foreach (var global in topology.GlobalStores)
        {
            var task = Add(new TaskRuntime(new TaskId(-1, 0), applicationId, new Subtopology(-1, global.Nodes, [global.Store]), collector, Time, _stateDirectory));
            globals.Add(global.Store.Name, task.Store(global.Store.Name));
        }

        foreach (var sub in topology.Subtopologies())
        {
            Add(new TaskRuntime(new TaskId(sub.Id, 0), applicationId, sub, collector, Time, _stateDirectory, globals, errors));
        }
    }

    /// <summary>The driver's wall clock.</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>A topic to pipe records into.</summary>
    public TestInputTopic<TKey, TValue> CreateInputTopic<TKey, TValue>(string topic, ISerde<TKey> keySerde, ISerde<TValue> valueSerde) =>
        _tasksByTopic.ContainsKey(topic) ? new(this, topic, keySerde, valueSerde) : throw new ArgumentException($"No source reads topic '{topic}'.", nameof(topic));

    /// <summary>A topic to read the records the topology wrote.</summary>
    public TestOutputTopic<TKey, TValue> CreateOutputTopic<TKey, TValue>(string topic, ISerde<TKey> keySerde, ISerde<TValue> valueSerde)
        where TKey : notnull =>
        new(this, topic, keySerde, valueSerde);

    /// <summary>Moves wall-clock time and fires the wall-clock punctuators that became due.</summary>
    public void AdvanceWallClockTime(TimeSpan by)
    {
        Time.Advance(by);
        foreach (var task in _tasks)
        {
            task.PunctuateWallClock();
        }

        Drain();
    }

    /// <summary>A store by name, from whichever task holds it.</summary>
    public TStore GetStateStore<TStore>(string name)
        where TStore : IStateStore =>
        _tasks.Select(t => t.Stores.TryGetValue(name, out var s) ? s : null).OfType<TStore>().FirstOrDefault()
            ?? throw new ArgumentException($"No store '{name}' of type {typeof(TStore).Name}.", nameof(name));

    /// <summary>A timestamped key-value store's plain values, as a read-only dictionary snapshot.</summary>
    public IReadOnlyDictionary<TKey, TValue> ReadTable<TKey, TValue>(string storeName)
        where TKey : notnull =>
        GetStateStore<ITimestampedKeyValueStore<TKey, TValue>>(storeName).All().ToDictionary(kv => kv.Key, kv => kv.Value.Value);

    /// <summary>Every record written to <paramref name="topic"/> so far (changelogs included), oldest first.</summary>
    internal List<OutgoingRecord> Output(string topic)
    {
        if (!_outputs.TryGetValue(topic, out var list))
        {
            list = [];
            _outputs.Add(topic, list);
        }

        return list;
    }

    internal void Pipe(string topic, byte[]? key, byte[]? value, long timestamp, RecordHeaders headers)
    {
        _pending.Enqueue((_tasksByTopic[topic], NextRaw(topic, key, value, timestamp, headers)));
        Drain();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var task in _tasks)
        {
            task.Dispose();
        }

        if (Directory.Exists(_stateDirectory))
        {
            Directory.Delete(_stateDirectory, recursive: true);
        }
    }

    private void Drain()
    {
        while (_pending.TryDequeue(out var next))
        {
            next.Task.Process(next.Record);
            next.Task.Flush();
        }
    }

    private RawRecord NextRaw(string topic, byte[]? key, byte[]? value, long timestamp, RecordHeaders headers)
    {
        var offset = _offsets.GetValueOrDefault(topic);
        _offsets[topic] = offset + 1;
        return new RawRecord(topic, 0, offset, key, value, timestamp, headers);
    }

    private TaskRuntime Add(TaskRuntime task)
    {
        _tasks.Add(task);
        foreach (var topic in task.SourceTopics)
        {
            _tasksByTopic.Add(topic, task);
        }

        return task;
    }

    private sealed class Collector(TopologyTestDriver driver) : IRecordCollector
    {
        public void Send(OutgoingRecord record)
        {
            driver.Output(record.Topic).Add(record);
            if (driver._tasksByTopic.TryGetValue(record.Topic, out var reader))
            {
                driver._pending.Enqueue((reader, driver.NextRaw(record.Topic, record.Key, record.Value, record.Timestamp, record.Headers)));
            }
        }
    }
}
