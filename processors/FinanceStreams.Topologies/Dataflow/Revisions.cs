
namespace FinanceStreams.Topologies.Dataflow;

/// <summary>The change counter of a stage's key: advanced for an applied change, read as is for a replay.</summary>
public static class Revisions
{
    /// <summary>The counter of <paramref name="key"/> after this input: one more when <paramref name="applied"/>.</summary>
    public static long Next(PartStore store, string key, bool applied)
    {
        ArgumentNullException.ThrowIfNull(store);
        var partKey = PartKey.Of("rev", key);
        var current = store.Get<Revision>(partKey)?.Value ?? 0;
        if (!applied)
        {
            return current;
        }

        store.PutBookkeeping(partKey, new Revision(current + 1));
        return current + 1;
    }
}
