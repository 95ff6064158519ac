using StreamKit.Processing;
using StreamKit.State;

namespace StreamKit.Dsl.Windowing;

/// <summary>
/// Adds each record to its key's session: every session within the inactivity gap of the record is
/// merged with it into one (their aggregates combined by the merger), the merged-away sessions are
/// deleted downstream, and the new session's aggregate is forwarded (as an update when the record fell
/// inside an existing session without changing its bounds). Sessions closed past grace drop
/// the record, counted as late.
/// </summary>
internal sealed class SessionAggregateProcessor<TKey, TValue, TAggregate>(
    string storeName,
    SessionWindows windows,
    Func<Optional<TAggregate>> initial,
    Func<TKey, TValue, Optional<TAggregate>, TAggregate> fold,
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
        var (start, end, merged) = (record.Timestamp, record.Timestamp, initial());
        foreach (var (session, sessionAggregate) in overlapping)
        {
            merged = Optional<TAggregate>.Some(merged.HasValue ? merger(record.Key, merged.Value, sessionAggregate) : sessionAggregate);
            (start, end) = (Math.Min(start, session.Window.StartMs), Math.Max(end, session.Window.EndMs));
        }

        if (end < closeBefore)
        {
            LateRecords.Drop(storeName, _context);
            return;
        }

        var window = new Windowed<TKey>(record.Key, new Window(start, end));
        var replaced = Optional<TAggregate>.None;
        foreach (var (session, old) in overlapping)
        {
            if (session.Window == window.Window)
            {
                replaced = Optional<TAggregate>.Some(old); // the same session grows in place: an update, not a delete
                continue;
            }

            _store.Remove(session);
            _context.Forward(new Record<Windowed<TKey>, Change<TAggregate>>(session, new(Optional<TAggregate>.None, Optional<TAggregate>.Some(old)), record.Timestamp, record.Headers));
        }

        var aggregate = fold(record.Key, record.Value, merged);
        _store.Put(window, aggregate);
        _context.Forward(new Record<Windowed<TKey>, Change<TAggregate>>(window, new(Optional<TAggregate>.Some(aggregate), replaced), record.Timestamp, record.Headers));
    }
}
