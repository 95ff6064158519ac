namespace StreamKit.State;

/// <summary>What a store needs from the task that owns it when it is built.</summary>
/// <param name="StateDirectory">The application's state directory; persistent stores live under <c>&lt;dir&gt;/&lt;task&gt;/rocksdb/&lt;store&gt;</c>.</param>
/// <param name="TaskId">The owning task, e.g. <c>0_1</c>; also a directory name.</param>
/// <param name="ChangelogSink">Receives change-logged writes.</param>
public sealed record StoreContext(string StateDirectory, string TaskId, IChangelogSink ChangelogSink)
{
    /// <summary>
    /// The timestamp of the record being processed, in Unix milliseconds, stamped on changelog
    /// records. The runtime sets it to the current record's time; the default reads the system clock.
    /// </summary>
    public Func<long> RecordTimestamp { get; init; } = static () => TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>
    /// The changelog topic of a store, which is also the topic the store's serdes see. The runtime
    /// sets it to <c>&lt;application.id&gt;-&lt;store&gt;-changelog</c>; the default omits the application id.
    /// </summary>
    public Func<string, string> ChangelogTopic { get; init; } = static store => $"{store}-changelog";
}
