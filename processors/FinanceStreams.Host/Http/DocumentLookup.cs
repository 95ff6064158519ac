namespace FinanceStreams.Host.Http;

/// <summary>Where a requisition or PO id is counted, as far as the searched bucket partitions tell.</summary>
/// <param name="Documents">The buckets it is counted in, among the searched partitions.</param>
/// <param name="Searched">The bucket partitions searched.</param>
/// <param name="Elsewhere">The partitions not searched here, with the instance that holds each when known.</param>
public sealed record DocumentLookup(IReadOnlyList<KnownDocument> Documents, IReadOnlyList<int> Searched, IReadOnlyDictionary<int, Uri?> Elsewhere)
{
    /// <summary>Nothing searched: every one of <paramref name="partitions"/> is held elsewhere, by an instance not known.</summary>
    public static DocumentLookup Nowhere(int partitions) => new([], [], Enumerable.Range(0, partitions).ToDictionary(p => p, _ => (Uri?)null));
}
