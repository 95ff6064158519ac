namespace FinanceStreams.Host.Http;

/// <summary><c>GET /api/v1/budget-documents/{documentId}</c>: the buckets a requisition or purchase order is counted in.</summary>
public static class BudgetDocumentEndpoints
{
    /// <summary>The route.</summary>
    public const string Route = "/api/v1/budget-documents/{documentId}";

    /// <summary>The path that asks an instance for the partitions it holds only (what one instance asks another).</summary>
    public static string LocalPath(string documentId) => $"/api/v1/budget-documents/{Uri.EscapeDataString(documentId)}?local=true";

    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(Route, GetAsync)
            .WithName("getBudgetDocument")
            .WithSummary("The buckets a requisition or purchase order id is counted in, with its type and what it counts there.")
            .WithDescription("Searches every bucket partition, asking the instances that hold the others; local=true searches this instance's only.")
            .WithTags("budgets")
            .RequireAuthorization(ApiScopes.BudgetsRead)
            .RequireRateLimiting(ApiRateLimiting.PerApiKey)
            .Produces<BudgetDocumentsView>()
            .Problems(isProtected: true, 503);
    }

    private static async Task<IResult> GetAsync(string documentId, bool? local, ApiReadiness readiness, IBudgetQuery budgets, Ownership.BudgetForwarder forwarder, HttpContext context, CancellationToken cancel)
    {
        var errors = new Dictionary<string, string[]>();
        RequestValidator.Id(errors, "documentId", documentId);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        if (readiness.NotReadyReason() is { } reason)
        {
            return ApiProblems.NotReady(context, reason);
        }

        var found = local == true ? budgets.FindDocument(documentId) : await DocumentSearch.FindAsync(context, documentId, budgets, forwarder, cancel).ConfigureAwait(false);
        return local != true && found.Elsewhere.Count > 0
            ? ApiProblems.DocumentsUnsearchable(context, documentId, found)
            : Results.Ok(new BudgetDocumentsView(documentId, found.Documents, found.Searched));
    }
}
