using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Rows;
using Streamiz.Kafka.Net.State;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>Reads a bucket from the bucket stage's store (a running instance's local tasks): its figures, and each checked document's share.</summary>
public static class BucketQuery
{
    /// <summary>The bucket's figures (null when it has no contributions or no cost center) and one item per document that asks for checks.</summary>
    public static (BucketFigures? Figures, IReadOnlyList<BudgetItem> Documents) Read(IReadOnlyKeyValueStore<string, byte[]> store, string costCenter, int year, int period)
    {
        ArgumentNullException.ThrowIfNull(store);
        var parts = PartStore.ReadOnly(store);
        var bucket = new BucketRef(costCenter, year, period);
        var totals = parts.Get<BucketTotals>(StoreKeys.Bucket(bucket));
        var center = parts.Get<RowState<CostCenterRow>>(StoreKeys.CostCenter(costCenter))?.Row;
        if (totals is null || totals.Items == 0 || center is null)
        {
            return (null, []);
        }

        var documents = parts.Scan<DocumentTotals>(StoreKeys.Documents(bucket))
            .Where(d => d.Value.CheckType is not null)
            .Select(d => new BudgetItem(d.Value.CheckDocumentId!, BudgetItemKind.PreCommitment, PartKey.Last(d.Key), costCenter, year, period, null, d.Value.Currency, d.Value.CheckAmount, [])
            {
                Check = new ItemCheck(d.Value.CheckType!.Value, d.Value.CheckDocumentId!, d.Value.CheckVersion, d.Value.CheckAmount),
                Converted = d.Value.Converted,
            })
            .ToList();
        return (BucketFigures.From(bucket, totals, center, []), documents);
    }

    /// <summary>Every bucket of <paramref name="store"/> in which the requisition or PO <paramref name="documentId"/> is counted.</summary>
    public static IReadOnlyList<CountedDocument> FindDocument(IReadOnlyKeyValueStore<string, byte[]> store, string documentId)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        var parts = PartStore.ReadOnly(store);
        return [.. parts.Scan<CheckedPlacement>(StoreKeys.Placements(documentId))
            .Select(p => p.Value)
            .Select(p => (Place: p, Totals: parts.Get<DocumentTotals>(StoreKeys.Document(new BucketRef(p.CostCenter, p.FiscalYear, p.FiscalPeriod), p.DocumentKey))))
            .Where(p => p.Totals is { CheckItems: > 0 })
            .Select(p => new CountedDocument(p.Place.DocumentType, documentId, p.Place.CostCenter, p.Place.FiscalYear, p.Place.FiscalPeriod, p.Totals!.Converted))];
    }
}
