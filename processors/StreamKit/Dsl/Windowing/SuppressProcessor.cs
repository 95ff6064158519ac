using StreamKit.Errors;
using StreamKit.Processing;
using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Dsl.Windowing;

/// <summary>
/// Holds table updates in a logged buffer ordered by emit time, keeping only a key's latest update (and
/// the key's first emit time), and forwards them once stream time reaches their emit time (window end +
/// grace, or first update + time limit). A full buffer emits its oldest keys early or fails the task.
/// Deletes are dropped for emit-final (a merged-away session never had a final result) and buffered
/// otherwise. A restart restores the buffer from its changelog; the key index is rebuilt on first use.
/// </summary>
internal sealed class SuppressProcessor<TKey, TValue>(SuppressProcessor<TKey, TValue>.Settings settings)
    : IProcessor<TKey, Change<TValue>, TKey, Change<TValue>>
{
    private readonly Dictionary<byte[], byte[]> _index = new(ByteArrayComparer.Instance);
    private IProcessorContext<TKey, Change<TValue>>? _context;
    private IKeyValueStore<byte[], byte[]>? _buffer;
    private bool _indexed;
    private long _bytes;

    public void Init(IProcessorContext<TKey, Change<TValue>> context)
    {
        _context = context;
        _buffer = context.GetStateStore<IKeyValueStore<byte[], byte[]>>(settings.BufferStore);
        context.Schedule(TimeSpan.FromSeconds(1), PunctuationType.StreamTime, EmitDue);
    }

    public void Process(Record<TKey, Change<TValue>> record)
    {
        if (record.Key is null)
        {
            return;
        }

        EnsureIndexed();
        var key = settings.KeySerde.Serialize(record.Key, SerdeContext.Key(settings.BufferStore));
        var existing = _index.GetValueOrDefault(key);
        var previous = existing is null ? null : _buffer!.Get(existing);
        if (existing is not null)
        {
            Remove(existing, previous!);
        }

        if (!record.Value.New.HasValue && settings.DropDeletes)
        {
            return;
        }

        var old = previous is null ? Bytes(record.Value.Old) : SuppressBuffer.ParseValue(previous).Old;
        var bufferKey = existing ?? SuppressBuffer.Key(settings.EmitAt(record), key);
        Add(bufferKey, SuppressBuffer.Value(record.Timestamp, Bytes(record.Value.New), old));
        while (settings.Buffer.IsFull(_index.Count, _bytes))
        {
            if (settings.Buffer.ShutsDownWhenFull)
            {
                throw new FatalStreamsException($"Suppression buffer '{settings.BufferStore}' is full ({_index.Count} keys, {_bytes} bytes) and is configured to shut down when full.");
            }

            Emit(_buffer!.All().First());
        }

        EmitDue(_context!.StreamTime);
    }

    private void EmitDue(long streamTime)
    {
        EnsureIndexed();
        foreach (var entry in _buffer!.Range([], SuppressBuffer.After(streamTime)).ToList().Where(e => SuppressBuffer.EmitAt(e.Key) <= streamTime))
        {
            Emit(entry);
        }
    }

    private void Emit(KeyValuePair<byte[], byte[]> entry)
    {
        Remove(entry.Key, entry.Value);
        var key = settings.KeySerde.Deserialize(SuppressBuffer.RecordKey(entry.Key), SerdeContext.Key(settings.BufferStore));
        var (timestamp, newValue, oldValue) = SuppressBuffer.ParseValue(entry.Value);
        _context!.Forward(new Record<TKey, Change<TValue>>(key, new(Typed(newValue), Typed(oldValue)), timestamp, RecordHeaders.Empty));
    }

    private void Add(byte[] bufferKey, byte[] value)
    {
        _buffer!.Put(bufferKey, value);
        _index[SuppressBuffer.RecordKey(bufferKey)] = bufferKey;
        _bytes += bufferKey.Length + value.Length;
    }

    private void Remove(byte[] bufferKey, byte[] value)
    {
        _buffer!.Delete(bufferKey);
        _index.Remove(SuppressBuffer.RecordKey(bufferKey));
        _bytes -= bufferKey.Length + value.Length;
    }

    private void EnsureIndexed()
    {
        if (_indexed)
        {
            return;
        }

        foreach (var (bufferKey, value) in _buffer!.All())
        {
            _index[SuppressBuffer.RecordKey(bufferKey)] = bufferKey;
            _bytes += bufferKey.Length + value.Length;
        }

        _indexed = true;
    }

    private byte[]? Bytes(Optional<TValue> value) =>
        value.HasValue ? settings.ValueSerde.Serialize(value.Value, SerdeContext.Value(settings.BufferStore)) : null;

    private Optional<TValue> Typed(byte[]? value) =>
        value is null ? Optional<TValue>.None : Optional<TValue>.Some(settings.ValueSerde.Deserialize(value, SerdeContext.Value(settings.BufferStore))!);

    /// <summary>What the processor needs to know.</summary>
    /// <param name="BufferStore">The logged bytes store holding the buffer.</param>
    /// <param name="EmitAt">The stream time at which a key's first buffered update is due.</param>
    /// <param name="Buffer">The buffer's limits.</param>
    /// <param name="DropDeletes">True for emit-final: a delete removes the key's buffered update and is not emitted.</param>
    /// <param name="KeySerde">Key serde.</param>
    /// <param name="ValueSerde">Value serde.</param>
    internal sealed record Settings(string BufferStore, Func<Record<TKey, Change<TValue>>, long> EmitAt, BufferConfig Buffer, bool DropDeletes, ISerde<TKey> KeySerde, ISerde<TValue> ValueSerde);
}
