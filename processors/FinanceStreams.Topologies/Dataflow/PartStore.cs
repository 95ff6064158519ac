using FinanceStreams.Streaming.Serialization;
using FinanceStreams.Streaming.State;
using Streamiz.Kafka.Net.State;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>
/// A stage's one store, holding parts of several kinds under composite text keys
/// (<see cref="PartKey"/>): typed point reads and writes, and prefix scans of one document's parts.
/// One store per stage keeps all of a task's writes in one changelog partition, in order.
/// Do not write while enumerating a scan.
/// </summary>
public sealed class PartStore(IKeyValueStore<string, byte[]> store)
{
    /// <summary>Reads of a queried (read-only) store; writes throw.</summary>
    public static PartStore ReadOnly(IReadOnlyKeyValueStore<string, byte[]> store) => new(new ReadOnlyParts(store));

    /// <summary>The part stored under <paramref name="key"/>, or null.</summary>
    public T? Get<T>(string key)
        where T : class => store.Get(key) is { } bytes ? CompactSerDes<T>.Read(bytes) : null;

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>.</summary>
    public void Put<T>(string key, T value)
        where T : class => store.Put(key, CompactSerDes<T>.Write(value));

    /// <summary>
    /// Stores <paramref name="value"/>, the stage's bookkeeping rather than a fact it was told: a change counter, where it
    /// sent something, an index over its facts. Where the changelog is written at commit it is logged ahead of the other
    /// writes, so that a crash in the middle of a commit never restores a fact without its bookkeeping.
    /// </summary>
    public void PutBookkeeping<T>(string key, T value)
        where T : class
    {
        var bytes = CompactSerDes<T>.Write(value);
        if (store is DeferredLogStore deferred)
        {
            deferred.Put(key, bytes, logFirst: true);
        }
        else
        {
            store.Put(key, bytes);
        }
    }

    /// <summary>Removes bookkeeping (see <see cref="PutBookkeeping"/>).</summary>
    public void DeleteBookkeeping(string key)
    {
        if (store is DeferredLogStore deferred)
        {
            deferred.Delete(key, logFirst: true);
        }
        else
        {
            store.Delete(key);
        }
    }

    /// <summary>Whether the store's changelog holds <paramref name="key"/> as of the last commit (always, when the changelog is not deferred).</summary>
    public bool IsLogged(string key) => store is not DeferredLogStore deferred || deferred.IsLogged(key);

    /// <summary>Removes the part under <paramref name="key"/>.</summary>
    public void Delete(string key) => store.Delete(key);

    /// <summary>Every part whose key starts with <paramref name="prefix"/> (a <see cref="PartKey"/> of leading components).</summary>
    public IReadOnlyList<(string Key, T Value)> Scan<T>(string prefix)
        where T : class => ScanTo<T>(prefix, PartKey.RangeEnd(prefix));

    /// <summary>The parts under <paramref name="prefix"/> whose key is at most <paramref name="last"/>, in key order.</summary>
    public IReadOnlyList<(string Key, T Value)> ScanTo<T>(string prefix, string last)
        where T : class
    {
        using var parts = store.Range(PartKey.RangeStart(prefix), last);
        var found = new List<(string, T)>();
        while (parts.MoveNext())
        {
            var (key, bytes) = parts.Current!.Value;
            found.Add((key, CompactSerDes<T>.Read(bytes)));
        }

        return found;
    }

    /// <summary>The part with the greatest key at or below <paramref name="upTo"/> under <paramref name="prefix"/> that <paramref name="accept"/> takes.</summary>
    public T? Floor<T>(string prefix, string upTo, Func<T, bool> accept)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(accept);
        using var parts = store.ReverseRange(PartKey.RangeStart(prefix), upTo);
        while (parts.MoveNext())
        {
            var value = CompactSerDes<T>.Read(parts.Current!.Value.Value);
            if (accept(value))
            {
                return value;
            }
        }

        return null;
    }
}
