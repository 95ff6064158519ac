namespace StreamKit.Dsl.Windowing;

/// <summary>When a suppressed table lets an update through.</summary>
public sealed record Suppressed
{
    private Suppressed(long? timeLimitMs, int maxRecords)
    {
        TimeLimitMs = timeLimitMs;
        MaxRecords = maxRecords;
    }

    /// <summary>Null for "until the window closes"; otherwise how long to wait for more updates of a key.</summary>
    public long? TimeLimitMs { get; }

    /// <summary>With a time limit, the buffer size: when full, the oldest key is emitted early.</summary>
    public int MaxRecords { get; }

    /// <summary>Emit-final: one result per window, when stream time passes the window's end plus grace.</summary>
    public static Suppressed UntilWindowCloses() => new(null, int.MaxValue);

    /// <summary>Emit a key's latest update once <paramref name="timeToWait"/> of stream time passed since its first buffered update.</summary>
    public static Suppressed UntilTimeLimit(TimeSpan timeToWait, int maxRecords = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRecords, 1);
        return new(Durations.NotNegative(timeToWait, nameof(timeToWait)), maxRecords);
    }
}
