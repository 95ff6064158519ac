using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>Replacing one item's effect, and rebuilding a bucket from its items.</summary>
public sealed partial class BucketStage
{
    private ItemEvaluation Evaluate(Contribution item, CostCenterRow? costCenter) =>
        ItemEvaluator.Evaluate(item, costCenter, LatestRate);

    private FxRateRow? LatestRate(string from, string to, DateOnly date) =>
        Store.Floor<RowState<FxRateRow>>(StoreKeys.Rates(from, to), StoreKeys.Rate(from, to, date), r => r.Row is { Rate: not 0m })?.Row;

    /// <summary>Takes the stored item's effect away, adds the new one's, keeps the pair index.</summary>
    private void Replace(BucketWork w, string itemId, StoredItem? stored, StoredItem next, CostCenterRow? costCenter)
    {
        if (stored?.Contribution is { } old)
        {
            Account(w, old, stored.Evaluation, -1);
            Index(w.Bucket, itemId, old, costCenter, add: false);
        }

        if (next.Contribution is { } now)
        {
            Account(w, now, next.Evaluation, 1);
            Index(w.Bucket, itemId, now, costCenter, add: true);
        }

        Store.Put(StoreKeys.Item(w.Bucket, itemId), next);
    }

    private void Account(BucketWork w, Contribution item, ItemEvaluation evaluation, int sign)
    {
        var key = StoreKeys.Document(w.Bucket, item.DocumentId);
        var before = Store.Get<DocumentTotals>(key) ?? DocumentTotals.Empty;
        w.DocumentsBefore.TryAdd(item.DocumentId, before);
        var after = BucketLedger.Apply(before, item, evaluation, sign);
        Store.Put(key, after); // an emptied document is removed once the input is done (see Finish): replacing an item empties it for a moment

        w.Totals = BucketLedger.Apply(w.Totals, item, evaluation, sign, before, after);
    }

    private void Index(BucketRef bucket, string itemId, Contribution item, CostCenterRow? costCenter, bool add)
    {
        if (costCenter is null || !ItemEvaluator.NeedsConversion(item, costCenter.BudgetCurrency))
        {
            return;
        }

        var key = StoreKeys.Pair(item.Currency, costCenter.BudgetCurrency, bucket, itemId);
        if (add)
        {
            Store.Put(key, new PairEntry(bucket.CostCenter, bucket.Year, bucket.Period, itemId));
        }
        else
        {
            Store.Delete(key);
        }
    }

    /// <summary>Rebuilds the bucket's document and bucket totals from its stored items.</summary>
    private void Recompute(BucketWork w)
    {
        var checkedAgainst = new Dictionary<string, CheckedAgainst>(StringComparer.Ordinal);
        foreach (var (key, document) in Store.Scan<DocumentTotals>(StoreKeys.Documents(w.Bucket)))
        {
            w.DocumentsBefore.TryAdd(PartKey.Last(key), document);
            if (document.Checked is not null)
            {
                checkedAgainst[key] = document.Checked;
            }

            Store.Delete(key);
        }

        w.Totals = BucketTotals.Empty with { PublishedStatus = w.Totals.PublishedStatus };
        foreach (var (_, item) in Store.Scan<StoredItem>(StoreKeys.Items(w.Bucket)))
        {
            if (item.Contribution is { } contribution)
            {
                Account(w, contribution, item.Evaluation, 1);
            }
        }

        foreach (var (key, against) in checkedAgainst)
        {
            if (Store.Get<DocumentTotals>(key) is { } document)
            {
                Store.Put(key, document with { Checked = against });
            }
        }
    }
}
