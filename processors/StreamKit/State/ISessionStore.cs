namespace StreamKit.State;

/// <summary>
/// A typed session store: aggregates per (key, session start, session end), kept for a retention
/// period behind stream time (the largest session end put).
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TAggregate">The aggregate type.</typeparam>
public interface ISessionStore<TKey, TAggregate> : IReadOnlySessionStore<TKey, TAggregate>, IStateStore
{
    /// <summary>How long a session stays after stream time passes its end, in milliseconds.</summary>
    long RetentionMs { get; }

    /// <summary>The largest session end put so far, or -1 before the first.</summary>
    long ObservedStreamTime { get; }

    /// <summary>Stores <paramref name="aggregate"/> for <paramref name="session"/>; dropped when the session has expired.</summary>
    void Put(Windowed<TKey> session, TAggregate aggregate);

    /// <summary>Removes <paramref name="session"/> (for example after merging it into a larger one); no-op when absent.</summary>
    void Remove(Windowed<TKey> session);
}
