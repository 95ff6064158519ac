using System.Diagnostics.CodeAnalysis;
using StreamKit.Serialization;
using StreamKit.State;

namespace FinanceStreams.IntegrationTests.Http;

/// <summary>A read-only store over a dictionary, standing in for a task's local store.</summary>
internal sealed class DictionaryStore<TKey, TValue>(string name, IReadOnlyDictionary<TKey, TValue> entries) : IReadOnlyKeyValueStore<TKey, TValue>
    where TKey : notnull
{
    public string Name => name;

    public long ApproximateCount => entries.Count;

    public TValue? Get(TKey key) => entries.GetValueOrDefault(key);

    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value) => entries.TryGetValue(key, out value);

    public IEnumerable<KeyValuePair<TKey, TValue>> Range(TKey from, TKey toInclusive) => throw new NotSupportedException();

    /// <summary>The entries whose key's text starts with <paramref name="prefix"/>'s, in ordinal key order.</summary>
    public IEnumerable<KeyValuePair<TKey, TValue>> PrefixScan(TKey prefix) =>
        entries.Where(e => e.Key.ToString()!.StartsWith(prefix.ToString()!, StringComparison.Ordinal)).OrderBy(e => e.Key.ToString(), StringComparer.Ordinal);

    public IEnumerable<KeyValuePair<TKey, TValue>> PrefixScan<TPrefix>(TPrefix prefix, ISerde<TPrefix> prefixSerde) => throw new NotSupportedException();

    public IEnumerable<KeyValuePair<TKey, TValue>> All() => entries;
}
