namespace StreamKit.State;

/// <summary>
/// A time window in Unix milliseconds. For time windows the end is exclusive (start + size); for
/// session windows it is the timestamp of the session's last record, inclusive.
/// </summary>
/// <param name="StartMs">The window start, at least 0.</param>
/// <param name="EndMs">The window end, at least <paramref name="StartMs"/>.</param>
public readonly record struct Window(long StartMs, long EndMs)
{
    /// <summary>The window start, at least 0.</summary>
    public long StartMs { get; } = StartMs >= 0
        ? StartMs
        : throw new ArgumentOutOfRangeException(nameof(StartMs), StartMs, "A window cannot start before 0.");

    /// <summary>The window end, at least <see cref="StartMs"/>.</summary>
    public long EndMs { get; } = EndMs >= StartMs
        ? EndMs
        : throw new ArgumentOutOfRangeException(nameof(EndMs), EndMs, $"A window cannot end before its start {StartMs}.");

    /// <summary>The time window of <paramref name="sizeMs"/> starting at <paramref name="startMs"/>; the end saturates at <see cref="long.MaxValue"/>.</summary>
    /// <param name="startMs">The window start, at least 0.</param>
    /// <param name="sizeMs">The window size, at least 0.</param>
    public static Window OfSize(long startMs, long sizeMs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeMs);
        return new(startMs, startMs > long.MaxValue - sizeMs ? long.MaxValue : startMs + sizeMs);
    }
}
