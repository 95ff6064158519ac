using FinanceStreams.Topologies.Budget;

namespace FinanceStreams.Host.Http;

/// <summary><c>GET /api/v1/budgets/{costCenter}/{fiscalYear}/{fiscalPeriod}</c>: a bucket's running consumption.</summary>
public static class BudgetEndpoints
{
    /// <summary>The route.</summary>
    public const string Route = "/api/v1/budgets/{costCenter}/{fiscalYear}/{fiscalPeriod}";

    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(Route, GetAsync)
            .WithName("getBudget")
            .WithSummary("A bucket's budget, pre-commitment, commitment, actual, consumed, available, utilization, limit and status.")
            .WithTags("budgets")
            .RequireAuthorization(ApiScopes.BudgetsRead)
            .RequireRateLimiting(ApiRateLimiting.PerApiKey)
            .Produces<BudgetView>()
            .Problems(isProtected: true, 404, 421, 503);
    }

    private static async Task<IResult> GetAsync(string costCenter, string fiscalYear, string fiscalPeriod, ApiReadiness readiness, IBudgetQuery budgets, InstanceAddress self, Ownership.BudgetForwarder forwarder, HttpContext context, CancellationToken cancel)
    {
        var errors = RequestValidator.Bucket(costCenter, fiscalYear, fiscalPeriod, out var year, out var period);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        if (readiness.NotReadyReason() is { } reason)
        {
            return ApiProblems.NotReady(context, reason);
        }

        var bucket = Buckets.Key(costCenter, year, period);
        var lookup = budgets.Find(costCenter, year, period);
        return lookup.Kind switch
        {
            BudgetLookupKind.NotLocal => await forwarder.TryForwardAsync(context, lookup.OwnerUrl, null, cancel).ConfigureAwait(false) ?? ApiProblems.Misdirected(bucket, lookup, self),
            BudgetLookupKind.NotFound => ApiProblems.UnknownBucket(bucket),
            _ => Results.Ok(BudgetView.From(lookup.Figures!)),
        };
    }
}
