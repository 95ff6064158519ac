using System.Diagnostics.CodeAnalysis;

namespace StreamKit.State;

/// <summary>
/// Read access to a typed window store, for interactive queries. Only live (unexpired) windows are
/// returned; multi-key scans are in the order of the serialized keys, then window start.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public interface IReadOnlyWindowStore<TKey, TValue>
{
    /// <summary>The store name.</summary>
    string Name { get; }

    /// <summary>The value of the window of <paramref name="key"/> starting at <paramref name="windowStart"/>, or <c>default</c> when there is none.</summary>
    TValue? Fetch(TKey key, long windowStart);

    /// <summary>Reads the value of a window (the first one when duplicates are retained); false when there is none.</summary>
    bool TryFetch(TKey key, long windowStart, [MaybeNullWhen(false)] out TValue value);

    /// <summary>The windows of <paramref name="key"/> starting in [<paramref name="timeFrom"/>, <paramref name="timeTo"/>] as (start, value), by start.</summary>
    IEnumerable<KeyValuePair<long, TValue>> Fetch(TKey key, long timeFrom, long timeTo);

    /// <summary>The windows starting in [<paramref name="timeFrom"/>, <paramref name="timeTo"/>] of the keys whose serialized bytes lie between those of <paramref name="keyFrom"/> and <paramref name="keyTo"/>.</summary>
    IEnumerable<KeyValuePair<Windowed<TKey>, TValue>> FetchRange(TKey keyFrom, TKey keyTo, long timeFrom, long timeTo);

    /// <summary>The windows of every key starting in [<paramref name="timeFrom"/>, <paramref name="timeTo"/>].</summary>
    IEnumerable<KeyValuePair<Windowed<TKey>, TValue>> FetchAll(long timeFrom, long timeTo);

    /// <summary>Every window.</summary>
    IEnumerable<KeyValuePair<Windowed<TKey>, TValue>> All();
}
