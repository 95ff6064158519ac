using StreamKit.Processing;
using StreamKit.State;

namespace StreamKit.Dsl.Windowing;

/// <summary>
/// Adds each record to its key's session: every session within the inactivity gap of the record is
/// merged with it into one (their aggregates combined by the merger), the merged-away sessions are
/// deleted downstream, and the new session's aggregate is forwarded. Sessions closed past grace drop
/// the record, counted as late.
/// </summary>
internal sealed class SessionAggregateProcessor<TKey, TValue, TAggregate>(
    string storeName,
    SessionWindows windows,
    Func<TAggregate> initializer,
    Func<TKey, TValue, TAggregate, TAggregate> aggregator,
    Func<TKey, TAggregate, TAggregate, TAggregate> merger)
    : IProcessor<TKey, TValue, Windowed<TKey>, Change<TAggregate>>
{
    private IProcessorContext<Windowed<TKey>, Change<TAggregate>>? _context;
    private ISessionStore<TKey, TAggregate>? _store;

    public void Init(IProcessorContext<Windowed<TKey>, Change<TAggregate>> context)
    {
        _context = context;
        _store = context.GetStateStore<ISessionStore<TKey, TAggregate>>(storeName);
    }

    public void Process(Record<TKey, TValue> record)
    {
        if (record.Key is null || record.Value is null)
        {
            return;
        }

        var closeBefore = _context!.StreamTime - windows.GapMs - windows.GraceMs;
        var overlapping = _store!.FindSessions(record.Key, record.Timestamp - windows.GapMs, record.Timestamp + windows.GapMs).ToList();
        var (start, end, aggregate) = (record.Timestamp, record.Timestamp, initializer());
        foreach (var (session, sessionAggregate) in overlapping)
        {
            aggregate = merger(record.Key, aggregate, sessionAggregate);
            (start, end) = (Math.Min(start, session.Window.StartMs), Math.Max(end, session.Window.EndMs));
        }

        if (end < closeBefore)
        {
            LateRecords.Drop(storeName);
            return;
        }

        foreach (var (session, old) in overlapping)
        {
            _store.Remove(session);
            _context.Forward(new Record<Windowed<TKey>, Change<TAggregate>>(session, new(Optional<TAggregate>.None, Optional<TAggregate>.Some(old)), record.Timestamp, record.Headers));
        }

        var merged = new Windowed<TKey>(record.Key, new Window(start, end));
        aggregate = aggregator(record.Key, record.Value, aggregate);
        _store.Put(merged, aggregate);
        _context.Forward(new Record<Windowed<TKey>, Change<TAggregate>>(merged, new(Optional<TAggregate>.Some(aggregate), Optional<TAggregate>.None), record.Timestamp, record.Headers));
    }
}
