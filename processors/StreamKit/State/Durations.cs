namespace StreamKit.State;

/// <summary>Converts builder durations to whole milliseconds.</summary>
internal static class Durations
{
    public static long ToMilliseconds(TimeSpan duration, string parameter)
    {
        if (duration < TimeSpan.Zero || duration.Ticks % TimeSpan.TicksPerMillisecond != 0)
        {
            throw new ArgumentOutOfRangeException(parameter, duration, "Expected a non-negative whole number of milliseconds.");
        }

        return duration.Ticks / TimeSpan.TicksPerMillisecond;
    }
}
