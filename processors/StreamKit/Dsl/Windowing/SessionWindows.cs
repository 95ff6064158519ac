namespace StreamKit.Dsl.Windowing;

/// <summary>
/// Activity sessions per key: records closer than the inactivity gap belong to one session; a record
/// that bridges two sessions merges them. A session closes once stream time passes its end plus gap plus grace.
/// </summary>
/// <param name="GapMs">Inactivity gap.</param>
/// <param name="GraceMs">How long after closing a session still accepts late records.</param>
public sealed record SessionWindows(long GapMs, long GraceMs)
{
    /// <summary>Sessions split by <paramref name="gap"/> that close as soon as the gap passed.</summary>
    public static SessionWindows OfInactivityGapWithNoGrace(TimeSpan gap) => OfInactivityGapAndGrace(gap, TimeSpan.Zero);

    /// <summary>Sessions split by <paramref name="gap"/>, accepting late records for <paramref name="grace"/>.</summary>
    public static SessionWindows OfInactivityGapAndGrace(TimeSpan gap, TimeSpan grace) =>
        new(Durations.Positive(gap, nameof(gap)), Durations.NotNegative(grace, nameof(grace)));

    /// <summary>How long the store keeps sessions: every session that can still take a record (end ≥ stream time − gap − grace).</summary>
    public long RetentionMs => GapMs + GraceMs + 1;
}
