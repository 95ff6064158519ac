using StreamKit.Dsl.Windowing;
using StreamKit.State;

namespace StreamKit.Dsl;

/// <summary>Suppressing a table's intermediate updates.</summary>
public static class Suppression
{
    /// <summary>
    /// Holds back a windowed aggregate's updates in a logged buffer: with <see cref="Suppressed.UntilWindowCloses()"/>
    /// exactly one final result per window is emitted, when stream time passes the window's end plus grace;
    /// with <see cref="Suppressed.UntilTimeLimit(TimeSpan, BufferConfig)"/> a key's latest update is emitted once the
    /// time limit passed since its first buffered update, or earlier when the buffer is full.
    /// </summary>
    public static IKTable<Windowed<TKey>, TValue> Suppress<TKey, TValue>(this IKTable<Windowed<TKey>, TValue> table, Suppressed suppressed, string? name = null)
    {
        var t = (KTable<Windowed<TKey>, TValue>)table;
        var grace = t.WindowGraceMs;
        if (suppressed.TimeLimitMs is null && grace is null)
        {
            throw new InvalidOperationException("Suppressed.UntilWindowCloses() needs a table produced by a windowed aggregation.");
        }

        Func<Processing.Record<Windowed<TKey>, Change<TValue>>, long> emitAt = suppressed.TimeLimitMs is { } limit
            ? r => r.Timestamp + limit
            : r => r.Key.Window.EndMs + grace!.Value;
        return t.Suppressed(emitAt, suppressed.Buffer, dropDeletes: suppressed.TimeLimitMs is null, name);
    }
}
