using System.Text.Json;
using System.Text.Json.Serialization;
using FinanceStreams.Host.Http.Ownership;

namespace FinanceStreams.Host.Http;

/// <summary>
/// Finds every bucket a requisition or PO id is counted in: this instance's bucket partitions, then each other owner's
/// (asked once each, for its own partitions only, with the caller's credentials). Partitions no instance answered for
/// stay in <see cref="DocumentLookup.Elsewhere"/>.
/// </summary>
public static class DocumentSearch
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The search for <paramref name="documentId"/> on behalf of the request <paramref name="context"/>.</summary>
    public static async Task<DocumentLookup> FindAsync(HttpContext context, string documentId, IBudgetQuery budgets, BudgetForwarder forwarder, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(budgets);
        ArgumentNullException.ThrowIfNull(forwarder);
        var local = budgets.FindDocument(documentId);
        var documents = local.Documents.ToList();
        var searched = local.Searched.ToHashSet();
        foreach (var owner in local.Elsewhere.Values.OfType<Uri>().Distinct())
        {
            var answer = await forwarder.TryGetAsync<BudgetDocumentsView>(context, owner, BudgetDocumentEndpoints.LocalPath(documentId), Json, cancel).ConfigureAwait(false);
            if (answer is not null)
            {
                documents.AddRange(answer.Documents);
                searched.UnionWith(answer.SearchedPartitions);
            }
        }

        var unique = documents.DistinctBy(d => (d.DocumentType, d.CostCenter, d.FiscalYear, d.FiscalPeriod)).ToList(); // a partition moving may be answered twice
        var elsewhere = local.Elsewhere.Where(e => !searched.Contains(e.Key)).ToDictionary();
        return new DocumentLookup(unique, [.. searched.Order()], elsewhere);
    }
}
