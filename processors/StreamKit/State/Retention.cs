namespace StreamKit.State;

/// <summary>
/// Retention arithmetic shared by window and session stores. A timestamp t is live while
/// t &gt; streamTime - retention, where stream time is the largest timestamp written so far
/// (-1 before the first write); segment s holds timestamps [s·interval, (s+1)·interval).
/// </summary>
internal static class Retention
{
    public const long NoStreamTime = -1;

    public static bool IsLive(long timestamp, long streamTime, long retentionMs) => timestamp > streamTime - retentionMs;

    /// <summary>The smallest live timestamp, at least 0.</summary>
    public static long EarliestLive(long streamTime, long retentionMs)
    {
        var expiredUpTo = streamTime - retentionMs;
        return expiredUpTo < 0 ? 0 : expiredUpTo == long.MaxValue ? long.MaxValue : expiredUpTo + 1;
    }

    /// <summary>The first segment holding a live timestamp; every segment before it holds only expired ones.</summary>
    public static long FirstLiveSegment(long streamTime, long retentionMs, long segmentIntervalMs) =>
        EarliestLive(streamTime, retentionMs) / segmentIntervalMs;

    public static long SegmentOf(long timestamp, long segmentIntervalMs) =>
        timestamp >= 0
            ? timestamp / segmentIntervalMs
            : throw new ArgumentOutOfRangeException(nameof(timestamp), timestamp, "Window and session timestamps cannot be negative.");

    /// <summary>Half the retention, at least 1 ms, as Kafka Streams segments its window stores.</summary>
    public static long DefaultSegmentInterval(long retentionMs) => Math.Max(retentionMs / 2, 1);

    public static void Advance(ref long streamTime, long timestamp)
    {
        var current = Volatile.Read(ref streamTime);
        while (timestamp > current)
        {
            var seen = Interlocked.CompareExchange(ref streamTime, timestamp, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
