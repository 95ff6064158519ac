using Prometheus;

namespace FinanceStreams.Host.Http;

/// <summary>
/// <c>GET /metrics</c>: the Prometheus exposition, for a key or token with the <c>metrics:read</c> scope (it shows
/// utilization per cost center and reconciliation counts). Prometheus sends a key as <c>Authorization: ApiKey &lt;key&gt;</c>.
/// </summary>
public static class MetricsEndpoints
{
    /// <summary>The route.</summary>
    public const string Route = "/metrics";

    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(Route, ScrapeAsync)
            .WithName("getMetrics").WithSummary("Prometheus metrics (scope metrics:read).").WithTags("meta")
            .RequireAuthorization(ApiScopes.MetricsRead)
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .Problems(isProtected: true);
    }

    private static async Task ScrapeAsync(HttpContext context, CancellationToken cancel)
    {
        context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
        await Metrics.DefaultRegistry.CollectAndExportAsTextAsync(context.Response.Body, cancel).ConfigureAwait(false);
    }
}
