using StreamKit.Processing;
using StreamKit.State;

namespace StreamKit.Dsl.Windowing;

/// <summary>
/// Adds each record to every open time window that contains it, in the window store, and forwards
/// each window's new aggregate with the one it replaces. Windows past their grace period are closed:
/// a record that belongs only to closed windows is dropped and counted.
/// </summary>
internal sealed class WindowedAggregateProcessor<TKey, TValue, TAggregate>(string storeName, TimeWindows windows, Func<TKey, TValue, Optional<TAggregate>, TAggregate> fold)
    : IProcessor<TKey, TValue, Windowed<TKey>, Change<TAggregate>>
{
    private IProcessorContext<Windowed<TKey>, Change<TAggregate>>? _context;
    private IWindowStore<TKey, TAggregate>? _store;

    public void Init(IProcessorContext<Windowed<TKey>, Change<TAggregate>> context)
    {
        _context = context;
        _store = context.GetStateStore<IWindowStore<TKey, TAggregate>>(storeName);
    }

    public void Process(Record<TKey, TValue> record)
    {
        if (record.Key is null || record.Value is null)
        {
            return;
        }

        var closeBefore = _context!.StreamTime - windows.GraceMs; // a window ending at or before this is closed
        var applied = false;
        foreach (var start in windows.StartsFor(record.Timestamp))
        {
            if (start + windows.SizeMs <= closeBefore)
            {
                continue;
            }

            var old = _store!.TryFetch(record.Key, start, out var current) ? Optional<TAggregate>.Some(current) : Optional<TAggregate>.None;
            var updated = fold(record.Key, record.Value, old);
            _store.Put(record.Key, updated, start);
            var key = new Windowed<TKey>(record.Key, Window.OfSize(start, windows.SizeMs));
            _context.Forward(new Record<Windowed<TKey>, Change<TAggregate>>(key, new(Optional<TAggregate>.Some(updated), old), record.Timestamp, record.Headers));
            applied = true;
        }

        if (!applied)
        {
            LateRecords.Drop(storeName, _context);
        }
    }
}
