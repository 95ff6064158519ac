using StreamKit.Processing;
using StreamKit.State;

namespace StreamKit.Dsl;

/// <summary>
/// Applies table updates to the table's store and forwards each as a <see cref="Change{TValue}"/>
/// carrying the replaced value, which is what aggregations with a subtractor and joins need.
/// </summary>
internal sealed class TableMaterializer<TKey, TValue>(string storeName) : IProcessor<TKey, Optional<TValue>, TKey, Change<TValue>>
{
    private IProcessorContext<TKey, Change<TValue>>? _context;
    private ITimestampedKeyValueStore<TKey, TValue>? _store;

    public void Init(IProcessorContext<TKey, Change<TValue>> context)
    {
        _context = context;
        _store = context.GetStateStore<ITimestampedKeyValueStore<TKey, TValue>>(storeName);
    }

    public void Process(Record<TKey, Optional<TValue>> record)
    {
        var old = _store!.TryGet(record.Key, out var previous) ? Optional<TValue>.Some(previous.Value) : Optional<TValue>.None;
        if (!old.HasValue && !record.Value.HasValue)
        {
            return; // deleting what is not there changes nothing
        }

        if (record.Value.HasValue)
        {
            _store.Put(record.Key, record.Value.Value, record.Timestamp);
        }
        else
        {
            _store.Delete(record.Key);
        }

        _context!.Forward(record.WithValue(new Change<TValue>(record.Value, old)));
    }
}
