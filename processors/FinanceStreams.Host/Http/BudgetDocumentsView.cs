namespace FinanceStreams.Host.Http;

/// <summary>Where a requisition or PO id is counted, as the API returns it.</summary>
/// <param name="DocumentId">The id asked for.</param>
/// <param name="Documents">Each bucket it is counted in, with its type and what it counts there (budget currency).</param>
/// <param name="SearchedPartitions">The bucket partitions searched (all of them unless the request asked for this instance's only).</param>
public sealed record BudgetDocumentsView(string DocumentId, IReadOnlyList<KnownDocument> Documents, IReadOnlyList<int> SearchedPartitions);
