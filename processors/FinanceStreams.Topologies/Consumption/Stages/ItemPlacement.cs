using FinanceStreams.Topologies.Consumption.Messages;

namespace FinanceStreams.Topologies.Consumption.Stages;

/// <summary>
/// Turns the item a document stage derives now into bucket changes, all with one version: a put where it is, a removal at
/// every other bucket of its reach (see <see cref="BucketReach"/>).
/// </summary>
public static class ItemPlacement
{
    /// <summary>The changes for item <paramref name="itemId"/> (now <paramref name="current"/>, or gone) over the buckets of <paramref name="reach"/>.</summary>
    public static IEnumerable<ItemChange> Place(string itemId, PlacedItem? current, long version, BucketReach reach)
    {
        ArgumentNullException.ThrowIfNull(reach);
        var changes = reach.Buckets.Where(b => b != current?.Bucket).Select(b => b.Remove(itemId, version)).ToList();
        if (current is not null)
        {
            changes.Add(current.Bucket.Put(itemId, version, current.Contribution));
        }

        return changes;
    }

    /// <summary>The changes grouped into one batch per cost center.</summary>
    public static IEnumerable<(string CostCenter, ItemBatch Batch)> Batches(IEnumerable<ItemChange> changes, long eventTimeMs) =>
        changes.GroupBy(c => c.CostCenter, StringComparer.Ordinal).Select(g => (g.Key, new ItemBatch([.. g], eventTimeMs)));
}
