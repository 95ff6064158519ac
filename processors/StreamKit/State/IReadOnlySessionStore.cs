using System.Diagnostics.CodeAnalysis;

namespace StreamKit.State;

/// <summary>
/// Read access to a typed session store, for interactive queries. A session is a key with a window
/// whose end is the timestamp of its last record (inclusive). Only live (unexpired) sessions are returned.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TAggregate">The aggregate type.</typeparam>
public interface IReadOnlySessionStore<TKey, TAggregate>
{
    /// <summary>The store name.</summary>
    string Name { get; }

    /// <summary>
    /// The sessions of <paramref name="key"/> that end at or after <paramref name="earliestSessionEndTime"/> and
    /// start at or before <paramref name="latestSessionStartTime"/>, by end, then start. With
    /// <c>t - gap</c> and <c>t + gap</c> these are the sessions a record at t merges with.
    /// </summary>
    IEnumerable<KeyValuePair<Windowed<TKey>, TAggregate>> FindSessions(TKey key, long earliestSessionEndTime, long latestSessionStartTime);

    /// <summary>The aggregate of exactly the session <paramref name="key"/> [<paramref name="start"/>, <paramref name="end"/>], or <c>default</c> when there is none.</summary>
    TAggregate? FetchSession(TKey key, long start, long end);

    /// <summary>Reads the aggregate of exactly one session; false when there is none.</summary>
    bool TryFetchSession(TKey key, long start, long end, [MaybeNullWhen(false)] out TAggregate aggregate);
}
