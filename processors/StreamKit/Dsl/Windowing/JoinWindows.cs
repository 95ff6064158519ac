namespace StreamKit.Dsl.Windowing;

/// <summary>
/// Which records of two streams join: same key, and the other record's time at most
/// <see cref="BeforeMs"/> before or <see cref="AfterMs"/> after this one's. Records may arrive up to
/// <see cref="GraceMs"/> late; an unmatched record of a left/outer join is emitted once its window closed.
/// </summary>
/// <param name="BeforeMs">How far the other stream's records may lie before this stream's.</param>
/// <param name="AfterMs">How far the other stream's records may lie after this stream's.</param>
/// <param name="GraceMs">How long after its window a record is still accepted.</param>
public sealed record JoinWindows(long BeforeMs, long AfterMs, long GraceMs)
{
    /// <summary>Records at most <paramref name="difference"/> apart join; records arriving after their window are dropped.</summary>
    public static JoinWindows OfTimeDifferenceWithNoGrace(TimeSpan difference) => OfTimeDifferenceAndGrace(difference, TimeSpan.Zero);

    /// <summary>Records at most <paramref name="difference"/> apart join; late records are accepted for <paramref name="grace"/>.</summary>
    public static JoinWindows OfTimeDifferenceAndGrace(TimeSpan difference, TimeSpan grace)
    {
        var ms = Durations.NotNegative(difference, nameof(difference));
        return new(ms, ms, Durations.NotNegative(grace, nameof(grace)));
    }

    /// <summary>How long the join stores keep records.</summary>
    public long RetentionMs => BeforeMs + AfterMs + GraceMs + 1;
}
