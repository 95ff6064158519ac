using StreamKit.Processing;
using StreamKit.State;

namespace StreamKit.Dsl.Windowing;

/// <summary>
/// Keeps a key's recent records and, for each record, recomputes the window ending at it and every
/// later open window it falls into, from the records themselves (so out-of-order records are exact).
/// Aggregates are stored by window end.
/// </summary>
internal sealed class SlidingAggregateProcessor<TKey, TValue, TAggregate>(string recordStore, string aggregateStore, SlidingWindows windows, Func<TKey, TValue, Optional<TAggregate>, TAggregate> fold)
    : IProcessor<TKey, TValue, Windowed<TKey>, Change<TAggregate>>
{
    private IProcessorContext<Windowed<TKey>, Change<TAggregate>>? _context;
    private IWindowStore<TKey, TValue>? _records;
    private IWindowStore<TKey, TAggregate>? _aggregates;

    public void Init(IProcessorContext<Windowed<TKey>, Change<TAggregate>> context)
    {
        _context = context;
        _records = context.GetStateStore<IWindowStore<TKey, TValue>>(recordStore);
        _aggregates = context.GetStateStore<IWindowStore<TKey, TAggregate>>(aggregateStore);
    }

    public void Process(Record<TKey, TValue> record)
    {
        if (record.Key is null || record.Value is null)
        {
            return;
        }

        var streamTime = _context!.StreamTime;
        var ends = _records!.Fetch(record.Key, record.Timestamp + 1, record.Timestamp + windows.DifferenceMs).Select(r => r.Key)
            .Prepend(record.Timestamp).Where(end => end + windows.GraceMs >= streamTime).Distinct().ToList();
        if (ends.Count == 0)
        {
            LateRecords.Drop(aggregateStore, _context);
            return;
        }

        _records.Put(record.Key, record.Value, record.Timestamp);
        foreach (var end in ends)
        {
            var aggregate = _records.Fetch(record.Key, end - windows.DifferenceMs, end).Aggregate(Optional<TAggregate>.None, (agg, r) => Optional<TAggregate>.Some(fold(record.Key, r.Value, agg))).Value;
            var old = _aggregates!.TryFetch(record.Key, end, out var previous) ? Optional<TAggregate>.Some(previous) : Optional<TAggregate>.None;
            _aggregates.Put(record.Key, aggregate, end);
            var window = new Windowed<TKey>(record.Key, new Window(Math.Max(0, end - windows.DifferenceMs), end));
            _context.Forward(new Record<Windowed<TKey>, Change<TAggregate>>(window, new(Optional<TAggregate>.Some(aggregate), old), record.Timestamp, record.Headers));
        }
    }
}
