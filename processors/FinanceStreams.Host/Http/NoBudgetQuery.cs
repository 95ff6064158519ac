namespace FinanceStreams.Host.Http;

/// <summary>The budget query of an instance that does not run the budget topology: every bucket is elsewhere (421).</summary>
public sealed class NoBudgetQuery : IBudgetQuery
{
    /// <inheritdoc />
    public BudgetLookup Find(string costCenter, int fiscalYear, int fiscalPeriod) => BudgetLookup.Remote(null, "an instance running the budget topology");

    /// <inheritdoc />
    public DocumentLookup FindDocument(string documentId) => DocumentLookup.Nowhere(FinanceStreams.Contracts.Catalog.Topics.Partitions);
}
