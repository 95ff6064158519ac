using StreamKit.Dsl;

namespace FinanceStreams.Topologies.CoGrouping;

/// <summary>
/// Turns a change of an upstream value into part updates: parts it no longer produces are removed,
/// new or changed parts are set, unchanged parts (same canonical JSON) are not sent again. Part ids
/// are prefixed with the upstream key, so two upstream keys never write the same part and a part's
/// updates always come from one upstream partition, in order. Additions go before removals, so a value that
/// moves to another target is, downstream, briefly in both places rather than in none.
/// </summary>
public static class PartDiff
{
    /// <summary>The updates, keyed by target dossier.</summary>
    public static IEnumerable<KeyValuePair<string, PartUpdate>> Between<T>(string key, Change<T> change, Func<string, T, IEnumerable<TargetedPart>> partsOf)
    {
        ArgumentNullException.ThrowIfNull(partsOf);
        var before = Index(key, change.Old.HasValue ? partsOf(key, change.Old.Value) : []);
        var after = Index(key, change.New.HasValue ? partsOf(key, change.New.Value) : []);
        foreach (var (address, (part, json)) in after)
        {
            if (!before.TryGetValue(address, out var old) || old.Json != json)
            {
                yield return KeyValuePair.Create(address.Target, new PartUpdate(address.PartId, part));
            }
        }

        foreach (var (address, _) in before.Where(b => !after.ContainsKey(b.Key)))
        {
            yield return KeyValuePair.Create(address.Target, new PartUpdate(address.PartId, null));
        }
    }

    private static Dictionary<(string Target, string PartId), (Part Part, string Json)> Index(string key, IEnumerable<TargetedPart> parts)
    {
        var index = new Dictionary<(string, string), (Part, string)>();
        foreach (var p in parts)
        {
            index[(p.Target, $"{key}#{p.PartId}")] = (p.Part, TopologyJson.Canonical(p.Part));
        }

        return index;
    }
}
