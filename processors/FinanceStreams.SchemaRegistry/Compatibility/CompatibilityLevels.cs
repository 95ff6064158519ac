namespace FinanceStreams.SchemaRegistry.Compatibility;

/// <summary>Confluent's names of the levels (<c>BACKWARD_TRANSITIVE</c>, ...) and what each checks.</summary>
public static class CompatibilityLevels
{
    private static readonly Dictionary<string, CompatibilityLevel> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NONE"] = CompatibilityLevel.None,
        ["BACKWARD"] = CompatibilityLevel.Backward,
        ["BACKWARD_TRANSITIVE"] = CompatibilityLevel.BackwardTransitive,
        ["FORWARD"] = CompatibilityLevel.Forward,
        ["FORWARD_TRANSITIVE"] = CompatibilityLevel.ForwardTransitive,
        ["FULL"] = CompatibilityLevel.Full,
        ["FULL_TRANSITIVE"] = CompatibilityLevel.FullTransitive,
    };

    /// <summary>Parses a Confluent level name; false for anything else.</summary>
    public static bool TryParse(string? name, out CompatibilityLevel level) => ByName.TryGetValue(name ?? string.Empty, out level);

    /// <summary>The Confluent name of a level.</summary>
    public static string Name(CompatibilityLevel level) => ByName.First(p => p.Value == level).Key;

    /// <summary>Whether the level compares with every earlier version rather than the latest only.</summary>
    public static bool IsTransitive(CompatibilityLevel level) => level is CompatibilityLevel.BackwardTransitive or CompatibilityLevel.ForwardTransitive or CompatibilityLevel.FullTransitive;

    /// <summary>Whether the new schema must read the old data.</summary>
    public static bool ChecksBackward(CompatibilityLevel level) => level is CompatibilityLevel.Backward or CompatibilityLevel.BackwardTransitive or CompatibilityLevel.Full or CompatibilityLevel.FullTransitive;

    /// <summary>Whether the old schema must read the new data.</summary>
    public static bool ChecksForward(CompatibilityLevel level) => level is CompatibilityLevel.Forward or CompatibilityLevel.ForwardTransitive or CompatibilityLevel.Full or CompatibilityLevel.FullTransitive;
}
