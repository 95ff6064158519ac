namespace StreamKit.Dsl.Windowing;

/// <summary>When a suppressed table lets an update through, and how large its buffer may grow.</summary>
public sealed record Suppressed
{
    private Suppressed(long? timeLimitMs, BufferConfig buffer)
    {
        TimeLimitMs = timeLimitMs;
        Buffer = buffer;
    }

    /// <summary>Null for "until the window closes"; otherwise how long to wait for more updates of a key.</summary>
    public long? TimeLimitMs { get; }

    /// <summary>The buffer's limits and what a full buffer does.</summary>
    public BufferConfig Buffer { get; }

    /// <summary>With a time limit, the buffer size in keys: when full, the oldest key is emitted early.</summary>
    public int MaxRecords => (int)Math.Min(Buffer.MaxRecordCount, int.MaxValue);

    /// <summary>Emit-final: one result per window, when stream time passes the window's end plus grace; the buffer is unbounded.</summary>
    public static Suppressed UntilWindowCloses() => UntilWindowCloses(BufferConfig.Unbounded());

    /// <summary>
    /// Emit-final with a buffer that is unbounded or shuts the task down when full: emitting early would
    /// break the one-final-result promise, so a bounded buffer must use <see cref="BufferConfig.ShutDownWhenFull"/>.
    /// </summary>
    public static Suppressed UntilWindowCloses(BufferConfig buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return buffer.IsUnbounded || buffer.ShutsDownWhenFull
            ? new(null, buffer)
            : throw new ArgumentException("Suppression until window close cannot emit early: use an unbounded buffer or one that shuts down when full.", nameof(buffer));
    }

    /// <summary>Emit a key's latest update once <paramref name="timeToWait"/> of stream time passed since its first buffered update.</summary>
    public static Suppressed UntilTimeLimit(TimeSpan timeToWait, int maxRecords = int.MaxValue) =>
        UntilTimeLimit(timeToWait, maxRecords == int.MaxValue ? BufferConfig.Unbounded() : BufferConfig.MaxRecords(maxRecords));

    /// <summary>
    /// Emit a key's latest update once <paramref name="timeToWaitForMoreEvents"/> of stream time passed since its
    /// first buffered update, or earlier (oldest first) when <paramref name="buffer"/> is full.
    /// </summary>
    public static Suppressed UntilTimeLimit(TimeSpan timeToWaitForMoreEvents, BufferConfig buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return new(Durations.NotNegative(timeToWaitForMoreEvents, nameof(timeToWaitForMoreEvents)), buffer);
    }
}
