using System.Diagnostics;
using StreamKit.Errors;
using StreamKit.Processing;
using StreamKit.State;
using StreamKit.Telemetry;

namespace StreamKit.Graph;

/// <summary>
/// One task's instance of a sub-topology: its processor instances, stores, stream time, punctuators
/// and record collector. Used alike by the stream threads and the TopologyTestDriver, so tests run the
/// same processors as production. Not thread-safe: a task belongs to one thread at a time.
/// </summary>
internal sealed class TaskRuntime : IDisposable
{
    private readonly Dictionary<NodeDefinition, object> _instances = [];
    private readonly Dictionary<string, ISourceReceiver> _sourcesByTopic = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IStateStore> _stores = new(StringComparer.Ordinal);
    private readonly List<Action> _inits = [];
    private readonly List<Action> _closes = [];
    private readonly Punctuations _punctuations = new();

    private readonly IReadOnlyDictionary<string, IStateStore> _globalStores;
    private readonly RecordErrorHandling _errors;
    private readonly TagList _tags;

    public TaskRuntime(TaskId taskId, string applicationId, Subtopology subtopology, IRecordCollector collector, TimeProvider time, string stateDirectory, IReadOnlyDictionary<string, IStateStore>? globalStores = null, RecordErrorHandling? errors = null)
    {
        _errors = errors ?? RecordErrorHandling.FailFast;
        _tags = StreamsMetrics.Tags(applicationId, taskId.ToString());
        _globalStores = globalStores ?? new Dictionary<string, IStateStore>();
        TaskId = taskId;
        ApplicationId = applicationId;
        Collector = collector;
        Time = time;
        foreach (var builder in subtopology.Stores)
        {
            _stores.Add(builder.Name, builder.Build(new StoreBuildContext(taskId, applicationId, stateDirectory, collector, () => Math.Max(StreamTime, 0))));
        }

        foreach (var source in subtopology.Sources)
        {
            var receiver = source.InstantiateSource(this);
            foreach (var topic in source.Topics)
            {
                _sourcesByTopic.Add(topic, receiver);
            }
        }

        foreach (var init in _inits)
        {
            init();
        }
    }

    public TaskId TaskId { get; }

    public string ApplicationId { get; }

    public IRecordCollector Collector { get; }

    public TimeProvider Time { get; }

    public long StreamTime { get; private set; } = -1;

    public RecordMetadata? CurrentMetadata { get; private set; }

    /// <summary>The processor that last received a record: the one to blame when processing throws.</summary>
    public string? CurrentNode { get; set; }

    public IReadOnlyCollection<string> SourceTopics => _sourcesByTopic.Keys;

    public IReadOnlyDictionary<string, IStateStore> Stores => _stores;

    /// <summary>Processes one input record and fires the stream-time punctuators it makes due.</summary>
    public void Process(RawRecord record)
    {
        if (!_sourcesByTopic.TryGetValue(record.Topic, out var source))
        {
            throw new InvalidOperationException($"Task {TaskId} does not read topic '{record.Topic}'.");
        }

        CurrentMetadata = new RecordMetadata(record.Topic, record.Partition, record.Offset);
        CurrentNode = null;
        StreamTime = Math.Max(StreamTime, record.Timestamp);
        var started = Stopwatch.GetTimestamp();
        using var activity = StreamsTracing.StartProcess(record.Topic, record.Partition, record.Offset, record.Headers);
        try
        {
            source.Process(record);
            StreamsMetrics.RecordsProcessed.Add(1, _tags);
            StreamsMetrics.ProcessDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, _tags);
            StreamsMetrics.EndToEndLatency.Record(Math.Max(0, Time.GetUtcNow().ToUnixTimeMilliseconds() - record.Timestamp) / 1000.0, _tags);
        }
        catch (DeserializationException e)
        {
            Handle(_errors.Deserialization, record, null, e);
        }
        catch (Exception e) when (e is not StreamsException { IsFatal: true } and not Errors.RetriableStreamsException and not OutOfMemoryException)
        {
            Handle(_errors.Processing, record, CurrentNode, e); // a retriable error is the cluster's, not the record's: the thread starts over
        }
        finally
        {
            CurrentMetadata = null;
        }

        _punctuations.Fire(PunctuationType.StreamTime, StreamTime);
    }

    /// <summary>Records skipped after their error handler said to continue.</summary>
    public long SkippedRecords { get; private set; }

    private void Handle(IRecordErrorHandler handler, RawRecord record, string? processor, Exception error)
    {
        if (handler.Handle(new ErrorContext(record, processor, error, Collector.Send)) == HandlerResponse.Fail)
        {
            var where = processor is null ? "could not be read" : $"failed in processor '{processor}'";
            throw new FatalStreamsException($"Record {record.Topic}-{record.Partition}@{record.Offset} {where}: {error.Message}", error);
        }

        SkippedRecords++;
        StreamsMetrics.RecordsSkipped.Add(1, _tags);
    }

    /// <summary>Sets stream time from a restored checkpoint.</summary>
    public void RestoreStreamTime(long streamTime) => StreamTime = Math.Max(StreamTime, streamTime);

    /// <summary>Fires the wall-clock punctuators that are due.</summary>
    public void PunctuateWallClock() => _punctuations.Fire(PunctuationType.WallClockTime, Time.GetUtcNow().ToUnixTimeMilliseconds());

    /// <summary>Flushes every store, so caches write through to their changelogs.</summary>
    public void Flush()
    {
        foreach (var store in _stores.Values)
        {
            store.Flush();
        }
    }

    /// <summary>Whether <paramref name="name"/> is a global store (readable by every processor without connecting it).</summary>
    public bool IsGlobalStore(string name) => _globalStores.ContainsKey(name);

    public IStateStore Store(string name) =>
        _stores.TryGetValue(name, out var store) || _globalStores.TryGetValue(name, out store)
            ? store
            : throw new InvalidOperationException($"Task {TaskId} has no store '{name}'.");

    public ICancellable Schedule(TimeSpan interval, PunctuationType type, Action<long> punctuator)
    {
        var now = type == PunctuationType.StreamTime ? StreamTime : Time.GetUtcNow().ToUnixTimeMilliseconds();
        return _punctuations.Add(interval, type, punctuator, now);
    }

    /// <summary>The single instance of <paramref name="node"/> in this task, created on first use.</summary>
    public T Instance<T>(NodeDefinition node, Func<T> create)
        where T : class
    {
        if (!_instances.TryGetValue(node, out var instance))
        {
            instance = create();
            _instances.Add(node, instance);
        }

        return (T)instance;
    }

    public void OnInit(Action init) => _inits.Add(init);

    public void OnClose(Action close) => _closes.Add(close);

    public void Dispose()
    {
        foreach (var close in _closes)
        {
            close();
        }

        foreach (var store in _stores.Values)
        {
            store.Dispose();
        }
    }
}
