using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Dataflow;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>
/// The items of each bucket ordered by event time with what each counts, in memory, so that the few changed after a
/// given time are found without reading the bucket: built from the store the first time a bucket is asked, then kept in
/// step with every item the stage writes (the store changes only through its stage).
/// </summary>
internal sealed class ItemTimeline
{
    private static readonly Comparer<(long TimeMs, string ItemId)> TimeOrder =
        Comparer<(long TimeMs, string ItemId)>.Create((a, b) => a.TimeMs != b.TimeMs ? a.TimeMs.CompareTo(b.TimeMs) : string.CompareOrdinal(a.ItemId, b.ItemId));

    private readonly Dictionary<string, Items> _buckets = new(StringComparer.Ordinal);

    /// <summary>Notes that item <paramref name="itemId"/> of <paramref name="bucket"/> went from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public void Changed(BucketRef bucket, string itemId, StoredItem? before, StoredItem after)
    {
        if (!_buckets.TryGetValue(bucket.Key, out var items))
        {
            return;
        }

        if (before?.Contribution is { } old)
        {
            items.Remove(old.EventTimeMs, itemId);
        }

        if (after.Contribution is { } now)
        {
            items.Add(now.EventTimeMs, itemId, after);
        }
    }

    /// <summary>What the items of <paramref name="bucket"/> changed after <paramref name="timeMs"/> count: budget, consumption.</summary>
    public (decimal Budget, decimal Consumed) After(PartStore store, BucketRef bucket, long timeMs)
    {
        if (!_buckets.TryGetValue(bucket.Key, out var items))
        {
            items = new Items();
            foreach (var (key, item) in store.Scan<StoredItem>(StoreKeys.Items(bucket)))
            {
                if (item.Contribution is { } contribution)
                {
                    items.Add(contribution.EventTimeMs, PartKey.Last(key), item);
                }
            }

            _buckets.Add(bucket.Key, items);
        }

        var (budget, consumed) = (0m, 0m);
        if (timeMs == long.MaxValue)
        {
            return (budget, consumed);
        }

        foreach (var (_, itemId) in items.ByTime.GetViewBetween((timeMs + 1, string.Empty), (long.MaxValue, "\uFFFF")))
        {
            var counted = items.Counts[itemId];
            (budget, consumed) = counted.IsBudget ? (budget + counted.Amount, consumed) : (budget, consumed + counted.Amount);
        }

        return (budget, consumed);
    }

    private sealed class Items
    {
        public SortedSet<(long TimeMs, string ItemId)> ByTime { get; } = new(TimeOrder);

        public Dictionary<string, Counted> Counts { get; } = new(StringComparer.Ordinal);

        public void Add(long timeMs, string itemId, StoredItem item)
        {
            ByTime.Add((timeMs, itemId));
            Counts[itemId] = Counted.Of(item);
        }

        public void Remove(long timeMs, string itemId)
        {
            ByTime.Remove((timeMs, itemId));
            Counts.Remove(itemId);
        }
    }

    private readonly record struct Counted(bool IsBudget, decimal Amount)
    {
        public static Counted Of(StoredItem item) =>
            new(item.Contribution!.Kind == BudgetItemKind.Budget, item.Evaluation.Counts ? item.Evaluation.Converted!.Value : 0m);
    }
}
