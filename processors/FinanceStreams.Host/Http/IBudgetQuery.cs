namespace FinanceStreams.Host.Http;

/// <summary>Interactive query of running budget consumption (domain.md §3), by bucket.</summary>
public interface IBudgetQuery
{
    /// <summary>The figures of bucket (cost center, fiscal year, fiscal period), as this instance knows them.</summary>
    BudgetLookup Find(string costCenter, int fiscalYear, int fiscalPeriod);

    /// <summary>The buckets in which requisition or PO <paramref name="documentId"/> is counted, in the bucket partitions this instance holds.</summary>
    DocumentLookup FindDocument(string documentId);
}
