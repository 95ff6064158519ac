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
        _timeline.Changed(w.Bucket, itemId, stored, next);
    }

    private void Account(BucketWork w, Contribution item, ItemEvaluation evaluation, int sign)
    {
        var before = Document(w, item.DocumentId);
        var after = BucketLedger.Apply(before, item, evaluation, sign);
        w.Documents[item.DocumentId] = after; // written once the input is done (see Finish): replacing an item empties it for a moment
        w.Totals = BucketLedger.Apply(w.Totals, item, evaluation, sign, before, after);
    }

    /// <summary>The document's totals as this input has left them so far.</summary>
    private DocumentTotals Document(BucketWork w, string documentId)
    {
        if (w.Documents.TryGetValue(documentId, out var pending))
        {
            return pending;
        }

        var stored = Store.Get<DocumentTotals>(StoreKeys.Document(w.Bucket, documentId)) ?? DocumentTotals.Empty;
        w.DocumentsBefore.TryAdd(documentId, stored);
        w.Documents[documentId] = stored;
        return stored;
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
            Store.PutBookkeeping(key, new PairEntry(bucket.CostCenter, bucket.Year, bucket.Period, itemId));
        }
        else
        {
            Store.DeleteBookkeeping(key);
        }
    }

    /// <summary>
    /// Rebuilds the bucket's document and bucket totals from its stored items; each document keeps the figures it was last
    /// checked against. Only what differs from the store is written (see Finish), so a replay that finds everything in
    /// place writes nothing.
    /// </summary>
    private void Recompute(BucketWork w)
    {
        foreach (var (key, document) in Store.Scan<DocumentTotals>(StoreKeys.Documents(w.Bucket)))
        {
            w.DocumentsBefore.TryAdd(PartKey.Last(key), document);
        }

        var previous = new Dictionary<string, DocumentTotals>(w.DocumentsBefore, StringComparer.Ordinal);
        foreach (var (id, pending) in w.Documents)
        {
            previous[id] = pending;
        }

        w.Documents.Clear();
        foreach (var id in previous.Keys)
        {
            w.Documents[id] = DocumentTotals.Empty;
        }

        w.Totals = BucketTotals.Empty with { PublishedStatus = w.Totals.PublishedStatus };
        foreach (var (_, item) in Store.Scan<StoredItem>(StoreKeys.Items(w.Bucket)))
        {
            if (item.Contribution is { } contribution)
            {
                Account(w, contribution, item.Evaluation, 1);
            }
        }

        foreach (var (id, document) in w.Documents.Where(d => d.Value.Items > 0).ToList())
        {
            w.Documents[id] = document with { Checked = previous.GetValueOrDefault(id)?.Checked };
        }
    }
}
