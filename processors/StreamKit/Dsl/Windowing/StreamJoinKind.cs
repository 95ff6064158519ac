namespace StreamKit.Dsl.Windowing;

/// <summary>Which unmatched records a windowed stream-stream join emits once their window closed.</summary>
internal enum StreamJoinKind
{
    /// <summary>None: only pairs.</summary>
    Inner,

    /// <summary>This stream's.</summary>
    Left,

    /// <summary>Both streams'.</summary>
    Outer,
}
