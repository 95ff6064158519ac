using System.Globalization;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>
/// Holds a stage's inputs for <see cref="SettleOptions.HoldMs"/> of wall-clock time and hands them back in event-time
/// order, every held input of one event time together: the pieces of one source event that reach the stage by different
/// paths are applied as one, and an input overtaken by a later one on the way is applied before it. Held inputs are
/// stored in the stage's store (keyed by event time and source position, so a replayed input replaces itself), so a
/// restart loses none; an input handed back that a commit has logged stays stored <see cref="SettleOptions.RetainMs"/>
/// longer, and a restart hands back every stored input again: applying it again is a replay, which re-forwards the
/// current state, in case the first application's outputs never left the crashed process. An input handed back before
/// any commit logged it is removed at once: until the next commit its source record is not committed either, and a
/// restart reads it again.
/// </summary>
/// <typeparam name="T">The stage's input.</typeparam>
public sealed class SettleBuffer<T>
    where T : class, IEventTimed
{
    private const string Prefix = "settle";
    private readonly PartStore _store;
    private readonly SettleOptions _options;
    private readonly SortedDictionary<string, Held> _held = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, long AppliedAtMs)> _applied = new();

    /// <summary>A buffer over <paramref name="store"/>, holding again whatever the store still holds.</summary>
    public SettleBuffer(PartStore store, SettleOptions options, long nowMs)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        (_store, _options) = (store, options);
        foreach (var (key, input) in store.Scan<T>(Prefix))
        {
            _held[key] = new Held(input, nowMs);
        }
    }

    /// <summary>Holds <paramref name="input"/>, read at <paramref name="position"/> (its source topic, partition and offset).</summary>
    public void Add(string position, T input, long nowMs)
    {
        ArgumentNullException.ThrowIfNull(input);
        var key = PartKey.Of(Prefix, Math.Max(0, input.EventTimeMs).ToString("D19", CultureInfo.InvariantCulture), position);
        _store.Put(key, input);
        _held[key] = new Held(input, nowMs);
    }

    /// <summary>
    /// Takes the inputs whose wait is over, earliest event time first, each event time's inputs together (in source
    /// position order). An input still waiting holds back every later one.
    /// </summary>
    public IReadOnlyList<T>? TakeNext(long nowMs)
    {
        using var first = _held.GetEnumerator();
        if (!first.MoveNext() || first.Current.Value.SinceMs + _options.HoldMs > nowMs)
        {
            return null;
        }

        var time = first.Current.Value.Input.EventTimeMs;
        var group = _held.TakeWhile(h => h.Value.Input.EventTimeMs == time).ToList();
        foreach (var (key, _) in group)
        {
            _held.Remove(key);
            if (_store.IsLogged(key))
            {
                _applied.Enqueue((key, nowMs));
            }
            else
            {
                _store.Delete(key); // never logged: its source record is read again if the process stops before the next commit
            }
        }

        return [.. group.Select(h => h.Value.Input)];
    }

    /// <summary>Removes from the store the inputs applied more than <see cref="SettleOptions.RetainMs"/> ago (unless held again since).</summary>
    public void Forget(long nowMs)
    {
        while (_applied.TryPeek(out var applied) && applied.AppliedAtMs + _options.RetainMs <= nowMs)
        {
            _applied.Dequeue();
            if (!_held.ContainsKey(applied.Key))
            {
                _store.Delete(applied.Key);
            }
        }
    }

    private readonly record struct Held(T Input, long SinceMs);
}
