using Avro;
using FinanceStreams.SchemaRegistry.Storage;

namespace FinanceStreams.SchemaRegistry.Compatibility;

/// <summary>Applies a compatibility level: which earlier versions to compare with, and in which direction.</summary>
internal static class CompatibilityChecker
{
    public static IReadOnlyList<string> Check(CompatibilityLevel level, Schema candidate, IReadOnlyList<SchemaVersion> earlier)
    {
        if (level == CompatibilityLevel.None || earlier.Count == 0)
        {
            return [];
        }

        var against = CompatibilityLevels.IsTransitive(level) ? earlier : [earlier[^1]];
        var problems = new List<string>();
        foreach (var version in against)
        {
            var old = Schema.Parse(version.Schema);
            if (CompatibilityLevels.ChecksBackward(level))
            {
                problems.AddRange(AvroCompatibility.ReaderCanRead(candidate, old).Select(p => $"{p} (new schema reading version {version.Version}; {CompatibilityLevels.Name(level)})"));
            }

            if (CompatibilityLevels.ChecksForward(level))
            {
                problems.AddRange(AvroCompatibility.ReaderCanRead(old, candidate).Select(p => $"{p} (version {version.Version} reading the new schema; {CompatibilityLevels.Name(level)})"));
            }
        }

        return problems;
    }
}
