using System.Collections;
using Streamiz.Kafka.Net.State.Enumerator;

namespace FinanceStreams.Streaming.State;

/// <summary>Enumerates entries as the store yields them (the store must not change meanwhile).</summary>
internal sealed class LazyEnumerator<TKey>(IEnumerable<KeyValuePair<TKey, byte[]>> entries) : IKeyValueEnumerator<TKey, byte[]>
{
    private IEnumerator<KeyValuePair<TKey, byte[]>> _inner = entries.GetEnumerator();
    private bool _started;
    private bool _current;

    public KeyValuePair<TKey, byte[]>? Current => _started && _current ? _inner.Current : null;

    object? IEnumerator.Current => Current;

    public TKey PeekNextKey() => throw new NotSupportedException("A lazy range cannot peek.");

    public bool MoveNext()
    {
        _started = true;
        _current = _inner.MoveNext();
        return _current;
    }

    public void Reset()
    {
        _inner.Dispose();
        _inner = entries.GetEnumerator();
        _started = false;
    }

    public void Dispose() => _inner.Dispose();
}
