using StreamKit.State;

namespace FinanceStreams.Topologies.CoGrouping;

/// <summary>
/// How a co-group stores its dossiers: one store entry per part, keyed <c>target NUL part id</c>, so a
/// changed part writes one small changelog record instead of the whole dossier again. A dossier is
/// read back with a prefix scan over its target.
/// </summary>
public static class DossierParts
{
    private const char Separator = '\u0000';

    /// <summary>The store key of part <paramref name="partId"/> of the dossier under <paramref name="target"/>.</summary>
    public static string Key(string target, string partId) => $"{target}{Separator}{partId}";

    /// <summary>The dossier under <paramref name="target"/>, or null when it has no part.</summary>
    public static Dossier? Read(IReadOnlyKeyValueStore<string, ValueAndTimestamp<Part>> store, string target)
    {
        ArgumentNullException.ThrowIfNull(store);
        var prefix = $"{target}{Separator}";
        var parts = new SortedDictionary<string, Part>(StringComparer.Ordinal);
        foreach (var (key, stored) in store.PrefixScan(prefix))
        {
            parts[key[prefix.Length..]] = stored.Value;
        }

        return parts.Count == 0 ? null : new Dossier { Parts = parts };
    }
}
