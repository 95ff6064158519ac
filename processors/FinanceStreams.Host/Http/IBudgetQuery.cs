namespace FinanceStreams.Host.Http;

/// <summary>Interactive query of running budget consumption (domain.md §3), by bucket.</summary>
public interface IBudgetQuery
{
    /// <summary>The figures of bucket (cost center, fiscal year, fiscal period), as this instance knows them.</summary>
    BudgetLookup Find(string costCenter, int fiscalYear, int fiscalPeriod);

    /// <summary>
    /// The buckets in which a document with <paramref name="documentId"/> (of any type) is counted, as far as this instance
    /// can tell beyond the checked bucket (whose own contributions the API reads from <see cref="Find"/>); empty when unknown.
    /// </summary>
    IReadOnlyList<KnownDocument> FindDocument(string documentId) => [];
}
