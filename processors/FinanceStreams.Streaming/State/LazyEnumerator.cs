using System.Collections;
using Streamiz.Kafka.Net.Crosscutting;
using Streamiz.Kafka.Net.State.Enumerator;

namespace FinanceStreams.Streaming.State;

/// <summary>Enumerates entries as the store yields them (the store must not change meanwhile).</summary>
internal sealed class LazyEnumerator(IEnumerable<KeyValuePair<Bytes, byte[]>> entries) : IKeyValueEnumerator<Bytes, byte[]>
{
    private IEnumerator<KeyValuePair<Bytes, byte[]>> _inner = entries.GetEnumerator();
    private bool _started;
    private bool _current;

    public KeyValuePair<Bytes, byte[]>? Current => _started && _current ? _inner.Current : null;

    object? IEnumerator.Current => Current;

    public Bytes PeekNextKey() => throw new NotSupportedException("A lazy range cannot peek.");

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
