using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Dataflow;

namespace FinanceStreams.Topologies.Consumption.Stages;

/// <summary>
/// Turns the items a document stage derives now into bucket changes: a put for each, a removal at
/// every bucket the item was ever placed in but is not now (see <see cref="Placements"/>), all with
/// one version; remembers the placements.
/// </summary>
public static class ItemPlacement
{
    /// <summary>The changes for item <paramref name="itemId"/> (now <paramref name="current"/>, or gone).</summary>
    public static IEnumerable<ItemChange> Place(PartStore store, string itemId, PlacedItem? current, long version)
    {
        ArgumentNullException.ThrowIfNull(store);
        var key = PartKey.Of("placed", itemId);
        var placed = store.Get<Placements>(key) ?? Placements.None;
        var changes = placed.Targets.Where(t => t != current?.Bucket.Key).Select(t => BucketRef.Parse(t).Remove(itemId, version)).ToList();
        if (current is not null)
        {
            changes.Add(current.Bucket.Put(itemId, version, current.Contribution));
            var now = placed.With(current.Bucket.Key);
            if (!ReferenceEquals(now, placed))
            {
                store.PutBookkeeping(key, now);
            }
        }

        return changes;
    }

    /// <summary>The changes grouped into one batch per cost center.</summary>
    public static IEnumerable<(string CostCenter, ItemBatch Batch)> Batches(IEnumerable<ItemChange> changes, long eventTimeMs) =>
        changes.GroupBy(c => c.CostCenter, StringComparer.Ordinal).Select(g => (g.Key, new ItemBatch([.. g], eventTimeMs)));
}
