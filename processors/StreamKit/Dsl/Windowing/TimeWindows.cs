namespace StreamKit.Dsl.Windowing;

/// <summary>
/// Fixed-size windows on event time: tumbling (advance = size) or hopping (advance &lt; size).
/// A window is <c>[start, start + size)</c>; it closes once stream time reaches its end plus the grace period.
/// </summary>
/// <param name="SizeMs">Window length.</param>
/// <param name="AdvanceMs">Distance between window starts.</param>
/// <param name="GraceMs">How long after its end a window still accepts late records.</param>
public sealed record TimeWindows(long SizeMs, long AdvanceMs, long GraceMs)
{
    /// <summary>Tumbling windows that close at their end.</summary>
    public static TimeWindows OfSizeWithNoGrace(TimeSpan size) => OfSizeAndGrace(size, TimeSpan.Zero);

    /// <summary>Tumbling windows that accept records up to <paramref name="grace"/> after their end.</summary>
    public static TimeWindows OfSizeAndGrace(TimeSpan size, TimeSpan grace)
    {
        var ms = Durations.Positive(size, nameof(size));
        return new TimeWindows(ms, ms, Durations.NotNegative(grace, nameof(grace)));
    }

    /// <summary>Hopping windows: a new window starts every <paramref name="advance"/> (at most the size).</summary>
    public TimeWindows AdvanceBy(TimeSpan advance)
    {
        var ms = Durations.Positive(advance, nameof(advance));
        return AdvanceMs != SizeMs ? throw Settings.GivenTwice("advance")
            : ms > SizeMs ? throw new ArgumentOutOfRangeException(nameof(advance), advance, "A window cannot advance by more than its size.")
            : this with { AdvanceMs = ms };
    }

    /// <summary>How long the store keeps windows: size plus grace.</summary>
    public long RetentionMs => SizeMs + GraceMs;

    /// <summary>The starts of every window that contains <paramref name="timestamp"/>, oldest first.</summary>
    public IEnumerable<long> StartsFor(long timestamp)
    {
        var last = timestamp - (timestamp % AdvanceMs);
        var first = Math.Max(0, last - SizeMs + AdvanceMs);
        for (var start = first - (first % AdvanceMs); start <= last; start += AdvanceMs)
        {
            if (timestamp < start + SizeMs)
            {
                yield return start;
            }
        }
    }
}
