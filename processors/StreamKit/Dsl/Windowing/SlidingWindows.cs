namespace StreamKit.Dsl.Windowing;

/// <summary>
/// Sliding windows: for every record time <c>t</c> of a key there is a window <c>[t − difference, t]</c>
/// (both ends inclusive) aggregating the key's records in it; an out-of-order record also updates every
/// later window it falls into. A window closes once stream time passes its end plus grace.
/// </summary>
/// <param name="DifferenceMs">Window length.</param>
/// <param name="GraceMs">How long after its end a window accepts late records.</param>
public sealed record SlidingWindows(long DifferenceMs, long GraceMs)
{
    /// <summary>Windows of <paramref name="difference"/> that close at their end.</summary>
    public static SlidingWindows OfTimeDifferenceWithNoGrace(TimeSpan difference) => OfTimeDifferenceAndGrace(difference, TimeSpan.Zero);

    /// <summary>Windows of <paramref name="difference"/> accepting records <paramref name="grace"/> late.</summary>
    public static SlidingWindows OfTimeDifferenceAndGrace(TimeSpan difference, TimeSpan grace) =>
        new(Durations.Positive(difference, nameof(difference)), Durations.NotNegative(grace, nameof(grace)));

    /// <summary>How long records and windows are kept.</summary>
    public long RetentionMs => DifferenceMs + GraceMs + 1;
}
