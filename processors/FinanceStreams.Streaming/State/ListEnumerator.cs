using System.Collections;
using Streamiz.Kafka.Net.Crosscutting;
using Streamiz.Kafka.Net.State.Enumerator;

namespace FinanceStreams.Streaming.State;

/// <summary>Enumerates a snapshot of entries (so the store may change while a caller reads them).</summary>
internal sealed class ListEnumerator(IReadOnlyList<KeyValuePair<Bytes, byte[]>> entries) : IKeyValueEnumerator<Bytes, byte[]>
{
    private int _index = -1;

    public KeyValuePair<Bytes, byte[]>? Current => _index >= 0 && _index < entries.Count ? entries[_index] : null;

    object? IEnumerator.Current => Current;

    public Bytes PeekNextKey() => _index + 1 < entries.Count ? entries[_index + 1].Key : null!;

    public bool MoveNext() => ++_index < entries.Count;

    public void Reset() => _index = -1;

    public void Dispose()
    {
    }
}
