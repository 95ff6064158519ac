using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>Cost center and FX rate changes: re-evaluate the items they affect (also on a replay: its first effects may be lost).</summary>
public sealed partial class BucketStage
{
    private void ApplyCostCenter(string costCenter, RowChange<CostCenterRow> change)
    {
        var before = CostCenter(costCenter);
        var (state, applied) = RowTable.Apply(Store, StoreKeys.CostCenter(costCenter), change);
        var work = new Dictionary<string, BucketWork>(StringComparer.Ordinal);
        foreach (var (key, stored) in Store.Scan<StoredItem>(StoreKeys.Items(costCenter)))
        {
            if (stored.Contribution is not { } item)
            {
                continue;
            }

            var bucket = BucketOf(key);
            var w = Work(work, bucket);
            w.Touch(item, item);
            w.Refresh = true;
            if (!applied)
            {
                w.Replayed = true;
                continue;
            }

            Index(bucket, PartKey.Last(key), item, before, add: false);
            Replace(w, PartKey.Last(key), stored, stored with { Evaluation = Evaluate(item, state.Row) }, state.Row);
        }

        Finish(work.Values, new Dictionary<string, CostCenterRow?>(StringComparer.Ordinal) { [costCenter] = state.Row });
    }

    private void ApplyRate(RowChange<FxRateRow> change)
    {
        var parts = change.RowId.Split('|');
        var date = DateOnly.ParseExact(parts[2], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        RowTable.Apply(Store, StoreKeys.Rate(parts[0], parts[1], date), change);
        var work = new Dictionary<string, BucketWork>(StringComparer.Ordinal);
        var settings = new Dictionary<string, CostCenterRow?>(StringComparer.Ordinal);
        var entries = Store.Scan<PairEntry>(StoreKeys.Pairs(parts[0], parts[1])).Concat(Store.Scan<PairEntry>(StoreKeys.Pairs(parts[1], parts[0])));
        foreach (var (_, entry) in entries.ToList())
        {
            var costCenter = CostCenter(settings, entry.CostCenter);
            var stored = Store.Get<StoredItem>(StoreKeys.Item(entry.Bucket, entry.ItemId));
            if (stored?.Contribution is not { } item || item.RateDate < date)
            {
                continue;
            }

            var evaluation = Evaluate(item, costCenter);
            if (evaluation == stored.Evaluation)
            {
                continue;
            }

            var w = Work(work, entry.Bucket);
            w.Touch(item, item);
            w.Lineage.Add(change.Source);
            Replace(w, entry.ItemId, stored, stored with { Evaluation = evaluation }, costCenter);
        }

        Finish(work.Values, settings);
    }

    private static BucketRef BucketOf(string itemKey)
    {
        var parts = itemKey.Split('\u001F');
        return new BucketRef(parts[1], int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture));
    }
}
