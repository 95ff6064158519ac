using System.Collections.Concurrent;
using FinanceStreams.Host.Http;
using FinanceStreams.Topologies.Budget;

namespace FinanceStreams.IntegrationTests.Http;

/// <summary>Budget lookups a test sets per bucket; any other bucket is owned here and empty. Knows every document of the buckets set.</summary>
internal sealed class FakeBudgetQuery : IBucketQuery
{
    private readonly ConcurrentDictionary<string, BudgetLookup> _lookups = new(StringComparer.Ordinal);

    /// <summary>Whether this instance holds any bucket partition.</summary>
    public bool HoldsPartitions { get; set; } = true;

    /// <summary>Makes every lookup throw (an unexpected failure: 500).</summary>
    public bool Throwing { get; set; }

    public void Set(string costCenter, int year, int period, BudgetLookup lookup) => _lookups[Buckets.Key(costCenter, year, period)] = lookup;

    public BudgetLookup Find(string costCenter, int fiscalYear, int fiscalPeriod) =>
        Throwing ? throw new InvalidOperationException("FinanceStreams.Host.Http.FakeStore failed at System.Private.CoreLib")
        : _lookups.TryGetValue(Buckets.Key(costCenter, fiscalYear, fiscalPeriod), out var lookup) ? lookup : BudgetLookup.Local(null, []);

    /// <summary>The bucket partitions held elsewhere for document searches, with their announced owner (null: not known).</summary>
    public Dictionary<int, Uri?> DocumentsElsewhere { get; } = [];

    public DocumentLookup FindDocument(string documentId) => HoldsPartitions
        ? new([.. _lookups.Values.SelectMany(l => l.Items).Where(i => i.Check is { } c && c.DocumentId == documentId)
            .GroupBy(i => (i.Check!.DocumentType, i.CostCenter, i.FiscalYear, i.FiscalPeriod))
            .Select(g => new KnownDocument(g.Key.DocumentType, documentId, g.Key.CostCenter, g.Key.FiscalYear, g.Key.FiscalPeriod, g.Where(i => i.Counts).Sum(i => i.Converted!.Value)))],
            [.. Enumerable.Range(0, 3).Except(DocumentsElsewhere.Keys)],
            DocumentsElsewhere)
        : DocumentLookup.Nowhere(3);

    public bool Holds(int partition) => HoldsPartitions;

    public void UseOwners(Func<int, Uri?> ownerOf)
    {
    }
}
