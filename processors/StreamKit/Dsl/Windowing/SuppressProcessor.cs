using StreamKit.Processing;
using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Dsl.Windowing;

/// <summary>
/// Holds table updates in a logged buffer ordered by emit time, keeping only a key's latest update, and
/// forwards them once stream time reaches their emit time (window end + grace, or first update + time
/// limit), or early when a time-limited buffer is full. A restart restores the buffer from its changelog.
/// </summary>
internal sealed class SuppressProcessor<TKey, TValue>(string bufferStore, Func<Record<TKey, Change<TValue>>, long> emitAt, int maxRecords, ISerde<TKey> keySerde, ISerde<TValue> valueSerde, string topic)
    : IProcessor<TKey, Change<TValue>, TKey, Change<TValue>>
{
    private IProcessorContext<TKey, Change<TValue>>? _context;
    private IKeyValueStore<byte[], byte[]>? _buffer;

    public void Init(IProcessorContext<TKey, Change<TValue>> context)
    {
        _context = context;
        _buffer = context.GetStateStore<IKeyValueStore<byte[], byte[]>>(bufferStore);
        context.Schedule(TimeSpan.FromSeconds(1), PunctuationType.StreamTime, EmitDue);
    }

    public void Process(Record<TKey, Change<TValue>> record)
    {
        if (!record.Value.New.HasValue || record.Key is null)
        {
            return; // a deletion of something not yet emitted needs no output
        }

        var key = keySerde.Serialize(record.Key, SerdeContext.Key(topic));
        var existing = _buffer!.All().FirstOrDefault(e => SuppressBuffer.RecordKey(e.Key).AsSpan().SequenceEqual(key));
        var due = existing.Key is null ? emitAt(record) : SuppressBuffer.EmitAt(existing.Key);
        if (existing.Key is not null)
        {
            _buffer.Delete(existing.Key);
        }

        _buffer.Put(SuppressBuffer.Key(due, key), valueSerde.Serialize(record.Value.New.Value, SerdeContext.Value(topic)));
        if (_buffer.ApproximateCount > maxRecords)
        {
            Emit(_buffer.All().First());
        }

        EmitDue(_context!.StreamTime);
    }

    private void EmitDue(long streamTime)
    {
        foreach (var entry in _buffer!.Range([], SuppressBuffer.After(streamTime)).ToList().Where(e => SuppressBuffer.EmitAt(e.Key) <= streamTime))
        {
            Emit(entry);
        }
    }

    private void Emit(KeyValuePair<byte[], byte[]> entry)
    {
        _buffer!.Delete(entry.Key);
        var key = keySerde.Deserialize(SuppressBuffer.RecordKey(entry.Key), SerdeContext.Key(topic));
        var value = valueSerde.Deserialize(entry.Value, SerdeContext.Value(topic));
        _context!.Forward(new Record<TKey, Change<TValue>>(key, new(Optional<TValue>.Some(value), Optional<TValue>.None), _context.StreamTime, RecordHeaders.Empty));
    }
}
