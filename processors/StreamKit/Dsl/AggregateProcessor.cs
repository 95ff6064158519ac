using StreamKit.Processing;
using StreamKit.State;

namespace StreamKit.Dsl;

/// <summary>
/// Folds an input record into the current aggregate of its key (read from the aggregate's store) and
/// forwards the new aggregate as an update; the table materializer behind it writes the store.
/// </summary>
internal sealed class AggregateProcessor<TKey, TValue, TAggregate>(string storeName, Func<TKey, TValue, Optional<TAggregate>, Optional<TAggregate>> fold)
    : IProcessor<TKey, TValue, TKey, Optional<TAggregate>>
{
    private IProcessorContext<TKey, Optional<TAggregate>>? _context;
    private ITimestampedKeyValueStore<TKey, TAggregate>? _store;

    public void Init(IProcessorContext<TKey, Optional<TAggregate>> context)
    {
        _context = context;
        _store = context.GetStateStore<ITimestampedKeyValueStore<TKey, TAggregate>>(storeName);
    }

    public void Process(Record<TKey, TValue> record)
    {
        if (record.Key is null || record.Value is null)
        {
            return; // a record without key or value has no group to count in
        }

        var current = _store!.TryGet(record.Key, out var stored) ? Optional<TAggregate>.Some(stored.Value) : Optional<TAggregate>.None;
        _context!.Forward(record.WithValue(fold(record.Key, record.Value, current)));
    }
}
