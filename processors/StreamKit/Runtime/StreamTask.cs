using Confluent.Kafka;
using StreamKit.Graph;
using StreamKit.Processing;
using StreamKit.State;

namespace StreamKit.Runtime;

/// <summary>
/// A task in a running application: one sub-topology on one partition number, its stores, its batch
/// and the input offsets it will resume from.
/// </summary>
internal sealed partial class StreamTask : IDisposable
{
    private readonly Dictionary<string, long> _nextOffsets = new(StringComparer.Ordinal);
    private readonly List<(string Store, byte[] Key)> _repairs = [];

    private readonly ReplayFilter _replays = new();
    private readonly SortedSet<long> _aborted = [];
    private bool _checkpointDue;
    private readonly KeyValuePair<string, object?> _taskTag;

    public StreamTask(TaskId id, Subtopology subtopology, StreamsConfig config, RecordSender sender, IReadOnlyDictionary<string, IStateStore> globalStores, IReadOnlySet<string> repartitionTopics)
    {
        Id = id;
        ChangelogTopics = subtopology.Stores.Where(s => s.LoggingEnabled).ToDictionary(s => s.Name, s => $"{config.ApplicationId}-{s.Name}-changelog", StringComparer.Ordinal);
        Collector = new TaskCollector(sender, ChangelogTopics.Values.ToHashSet(StringComparer.Ordinal), repartitionTopics);
        Runtime = new TaskRuntime(id, config.ApplicationId, subtopology, Collector, config.Time, config.StateDirectory, globalStores, config.RecordErrors);
        Collector.CurrentInput = () => Runtime.CurrentMetadata;
        Inputs = [.. subtopology.SourceTopics.Select(t => new TopicPartition(t, id.Partition))];
        _taskTag = new KeyValuePair<string, object?>("streamkit.task", id.ToString());
        Telemetry.StreamsMetrics.ReplaysDropped.Add(0, _taskTag); // the series exists (at 0) before the first replay
    }

    public TaskId Id { get; }

    public TaskState State { get; private set; } = TaskState.Created;

    public TaskRuntime Runtime { get; }

    public TaskCollector Collector { get; }

    public IReadOnlyDictionary<string, string> ChangelogTopics { get; }

    public IReadOnlyList<TopicPartition> Inputs { get; }

    public bool IsStateful => ChangelogTopics.Count > 0;

    /// <summary>Input records processed since the last commit.</summary>
    public int ProcessedInBatch { get; private set; }

    /// <summary>Where input resumes, from the restored checkpoint; null when there is none.</summary>
    public Checkpoint? Restored { get; private set; }

    public void MoveTo(TaskState state) => State = TaskStateMachine.Move(State, state, Id.ToString());

    /// <summary>Where to start reading <paramref name="input"/>: the checkpoint for stateful tasks, else null (the group's offset).</summary>
    public Offset StartOffset(TopicPartition input) =>
        _nextOffsets.TryGetValue(Checkpoint.PartitionKey(input.Topic, input.Partition), out var next) ? new Offset(next)
        : IsStateful ? Offset.Beginning : Offset.Unset;

    /// <summary>Records dropped because they replayed a repartition record already applied.</summary>
    public long DroppedReplays { get; private set; }

    public void Process(ConsumeResult<byte[]?, byte[]?> result)
    {
        var headers = RecordHeaders.From(result.Message.Headers);
        if (_replays.IsReplay(result.Topic, result.Partition, headers))
        {
            DroppedReplays++;
            Telemetry.StreamsMetrics.ReplaysDropped.Add(1, _taskTag);
        }
        else
        {
            Runtime.Process(new RawRecord(result.Topic, result.Partition, result.Offset, result.Message.Key, result.Message.Value, result.Message.Timestamp.UnixTimestampMs, headers));
        }

        _nextOffsets[Checkpoint.PartitionKey(result.Topic, result.Partition)] = result.Offset.Value + 1;
        ProcessedInBatch++;
    }

    /// <summary>Whether the next commit has anything to write for this task.</summary>
    public bool HasBatch => ProcessedInBatch > 0 || _repairs.Count > 0 || _checkpointDue;

    /// <summary>
    /// Flushes stores (caches write their changelog records) and then rewrites the keys a half-finished batch
    /// left in the changelog with their current values (not the restored ones: this batch may have changed them
    /// since, and its own records are already written).
    /// </summary>
    public void Flush()
    {
        Runtime.Flush();
        foreach (var (store, key) in _repairs)
        {
            Collector.Send(new OutgoingRecord(ChangelogTopics[store], key, Target(store).Get(key), Math.Max(Runtime.StreamTime, 0), RecordHeaders.Empty, Id.Partition));
        }

        _repairs.Clear();
    }

    /// <summary>Writes the checkpoint closing this batch (after its records were acknowledged).</summary>
    public void WriteCheckpoint()
    {
        if (IsStateful)
        {
            var keys = ChangelogTopics.Keys.Select(Target).Where(Checkpoint.CountsExactly).ToDictionary(s => s.Name, s => s.ApproximateCount, StringComparer.Ordinal);
            Collector.CompleteBatch(new Checkpoint(Collector.BatchId, new Dictionary<string, long>(_nextOffsets), Runtime.StreamTime, _replays.Snapshot(), [.. _aborted], keys), Id.Partition);
        }

        ProcessedInBatch = 0;
        _checkpointDue = false;
    }

    /// <summary>Offsets to commit to the group, for every input this task has read.</summary>
    public IEnumerable<TopicPartitionOffset> CommittableOffsets() =>
        Inputs.Where(i => _nextOffsets.ContainsKey(Checkpoint.PartitionKey(i.Topic, i.Partition)))
            .Select(i => new TopicPartitionOffset(i, _nextOffsets[Checkpoint.PartitionKey(i.Topic, i.Partition)]));

    public void Dispose()
    {
        if (State != TaskState.Closed)
        {
            MoveTo(TaskState.Closed);
        }

        Runtime.Dispose();
    }

    private IKeyValueBytesStore Target(string store) =>
        Runtime.Store(store) is IRestorableStore restorable ? restorable.RestoreTarget
            : throw new InvalidOperationException($"Store '{store}' of task {Id} cannot be restored from a changelog.");
}
