namespace FinanceStreams.Host.Http;

/// <summary><c>/health/live</c> (the process runs) and <c>/health/ready</c> (able to answer: see <see cref="ApiReadiness"/>).</summary>
public static class HealthEndpoints
{
    /// <summary>Maps both probes.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health/live", () => Results.Ok(new HealthStatus("live")))
            .WithName("getLiveness").WithSummary("200 while the process runs.").WithTags("health")
            .Produces<HealthStatus>().Problems(isProtected: false);
        routes.MapGet("/health/ready", (ApiReadiness readiness, HttpContext context) => readiness.NotReadyReason() is { } reason
                ? ApiProblems.NotReady(context, reason)
                : Results.Ok(new HealthStatus("ready")))
            .WithName("getReadiness").WithSummary("200 when able to answer: topologies running, a bucket partition held, brokers reachable; 503 otherwise.").WithTags("health")
            .Produces<HealthStatus>().Problems(isProtected: false, 503);
    }
}
