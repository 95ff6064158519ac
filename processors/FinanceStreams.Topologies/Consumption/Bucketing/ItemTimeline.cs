using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Dataflow;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>
/// The items of each bucket ordered by event time, in memory, so that the few changed after a given time are found
/// without reading the whole bucket: built from the store the first time a bucket is asked, then kept in step with
/// every item the stage writes (the store changes only through its stage).
/// </summary>
internal sealed class ItemTimeline
{
    private static readonly Comparer<(long TimeMs, string ItemId)> ByTime =
        Comparer<(long TimeMs, string ItemId)>.Create((a, b) => a.TimeMs != b.TimeMs ? a.TimeMs.CompareTo(b.TimeMs) : string.CompareOrdinal(a.ItemId, b.ItemId));

    private readonly Dictionary<string, SortedSet<(long TimeMs, string ItemId)>> _buckets = new(StringComparer.Ordinal);

    /// <summary>Notes that item <paramref name="itemId"/> of <paramref name="bucket"/> went from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public void Changed(BucketRef bucket, string itemId, Contribution? before, Contribution? after)
    {
        if (!_buckets.TryGetValue(bucket.Key, out var items))
        {
            return;
        }

        if (before is not null)
        {
            items.Remove((before.EventTimeMs, itemId));
        }

        if (after is not null)
        {
            items.Add((after.EventTimeMs, itemId));
        }
    }

    /// <summary>The items of <paramref name="bucket"/> whose contribution's event time is after <paramref name="timeMs"/>.</summary>
    public IReadOnlyList<string> After(PartStore store, BucketRef bucket, long timeMs)
    {
        if (!_buckets.TryGetValue(bucket.Key, out var items))
        {
            items = new SortedSet<(long, string)>(ByTime);
            foreach (var (key, item) in store.Scan<StoredItem>(StoreKeys.Items(bucket)))
            {
                if (item.Contribution is { } contribution)
                {
                    items.Add((contribution.EventTimeMs, PartKey.Last(key)));
                }
            }

            _buckets.Add(bucket.Key, items);
        }

        return timeMs == long.MaxValue ? [] : [.. items.GetViewBetween((timeMs + 1, string.Empty), (long.MaxValue, "\uFFFF")).Select(i => i.ItemId)];
    }
}
