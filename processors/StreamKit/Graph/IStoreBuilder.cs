using StreamKit.State;

namespace StreamKit.Graph;

/// <summary>Builds one state store per task.</summary>
public interface IStoreBuilder
{
    /// <summary>The store's name, unique in the topology.</summary>
    string Name { get; }

    /// <summary>Whether writes go to a changelog topic <c>&lt;application.id&gt;-&lt;store&gt;-changelog</c>.</summary>
    bool LoggingEnabled { get; }

    /// <summary>Creates the store for one task.</summary>
    IStateStore Build(StoreBuildContext context);
}

/// <summary>What a store needs from the task that owns it.</summary>
/// <param name="TaskId">The owning task; its partition is the changelog partition.</param>
/// <param name="ApplicationId">The application id, prefix of the changelog topic.</param>
/// <param name="StateDirectory">Root directory for persistent stores (one sub-directory per task).</param>
/// <param name="Collector">Where changelog records go.</param>
/// <param name="RecordTimestamp">The timestamp of the record being processed, stamped on changelog records.</param>
public sealed record StoreBuildContext(Processing.TaskId TaskId, string ApplicationId, string StateDirectory, IRecordCollector Collector, Func<long> RecordTimestamp)
{
    /// <summary>The changelog topic of <paramref name="store"/>.</summary>
    public string ChangelogTopic(string store) => $"{ApplicationId}-{store}-changelog";

    /// <summary>The State layer's view of this context: changelog records go to the task's partition.</summary>
    public StoreContext ToStoreContext() =>
        new(StateDirectory, TaskId.ToString(), new CollectorChangelogSink(this)) { ChangelogTopic = ChangelogTopic, RecordTimestamp = RecordTimestamp };

    private sealed class CollectorChangelogSink(StoreBuildContext context) : IChangelogSink
    {
        public void Send(string store, byte[] key, byte[]? value, long timestamp) =>
            context.Collector.Send(new OutgoingRecord(context.ChangelogTopic(store), key, value, timestamp, Processing.RecordHeaders.Empty, context.TaskId.Partition));
    }
}
