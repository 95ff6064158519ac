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
            .RequireAuthorization(ApiScopes.BudgetsRead)
            .RequireRateLimiting(ApiRateLimiting.PerApiKey)
            .WithMetadata(new ApiOperation("getBudget", "A bucket's budget, pre-commitment, commitment, actual, consumed, available, utilization, limit and status.", "budgets", [400, 401, 403, 404, 421, 429, 503])
            {
                Scope = ApiScopes.BudgetsRead,
                Response = typeof(BudgetView),
            });
    }

    private static async Task<IResult> GetAsync(string costCenter, string fiscalYear, string fiscalPeriod, IReadiness readiness, IBudgetQuery budgets, Ownership.BudgetForwarder forwarder, HttpContext context, CancellationToken cancel)
    {
        var errors = RequestValidator.Bucket(costCenter, fiscalYear, fiscalPeriod, out var year, out var period);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        if (!readiness.IsReady)
        {
            return ApiProblems.NotReady(context);
        }

        var bucket = Buckets.Key(costCenter, year, period);
        var lookup = budgets.Find(costCenter, year, period);
        return lookup.Kind switch
        {
            BudgetLookupKind.NotLocal => await forwarder.TryForwardAsync(context, lookup.OwnerUrl, Self(context), null, cancel).ConfigureAwait(false) ?? ApiProblems.Misdirected(bucket, lookup),
            BudgetLookupKind.NotFound => ApiProblems.UnknownBucket(bucket),
            _ => Results.Ok(BudgetView.From(lookup.Figures!)),
        };
    }

    /// <summary>The address the request came in on (this instance, as its callers see it).</summary>
    public static Uri Self(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Uri($"{context.Request.Scheme}://{context.Request.Host}/");
    }
}
