using System.Collections;
using Streamiz.Kafka.Net.State.Enumerator;

namespace FinanceStreams.Streaming.State;

/// <summary>Enumerates a snapshot of entries (so the store may change while a caller reads them).</summary>
internal sealed class ListEnumerator<TKey>(IReadOnlyList<KeyValuePair<TKey, byte[]>> entries) : IKeyValueEnumerator<TKey, byte[]>
{
    private int _index = -1;

    public KeyValuePair<TKey, byte[]>? Current => _index >= 0 && _index < entries.Count ? entries[_index] : null;

    object? IEnumerator.Current => Current;

    public TKey PeekNextKey() => _index + 1 < entries.Count ? entries[_index + 1].Key : default!;

    public bool MoveNext() => ++_index < entries.Count;

    public void Reset() => _index = -1;

    public void Dispose()
    {
    }
}
