namespace StreamKit.Dsl.Windowing;

/// <summary>Validates window durations and turns them into milliseconds.</summary>
internal static class Durations
{
    public static long Positive(TimeSpan duration, string name) =>
        duration > TimeSpan.Zero ? (long)duration.TotalMilliseconds : throw new ArgumentOutOfRangeException(name, duration, $"{name} must be positive.");

    public static long NotNegative(TimeSpan duration, string name) =>
        duration >= TimeSpan.Zero ? (long)duration.TotalMilliseconds : throw new ArgumentOutOfRangeException(name, duration, $"{name} cannot be negative.");
}
