namespace StreamKit.Processing;

/// <summary>Which clock drives a punctuator.</summary>
public enum PunctuationType
{
    /// <summary>Stream time: advances only with record timestamps, so replays behave like live runs.</summary>
    StreamTime,

    /// <summary>Wall-clock time from the runtime's <see cref="TimeProvider"/>.</summary>
    WallClockTime,
}
