namespace FinanceStreams.Host.Http;

/// <summary><c>/health/live</c> (the process runs) and <c>/health/ready</c> (the state is restored and the topologies run).</summary>
public static class HealthEndpoints
{
    /// <summary>Maps both probes.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health/live", () => Results.Ok(new { status = "live" }))
            .WithMetadata(new ApiOperation("getLiveness", "200 while the process runs.", "health", []));
        routes.MapGet("/health/ready", (IReadiness readiness, HttpContext context) => readiness.IsReady
                ? Results.Ok(new { status = "ready" })
                : ApiProblems.NotReady(context))
            .WithMetadata(new ApiOperation("getReadiness", "200 when ready to serve queries; 503 while restoring or not started.", "health", [503]));
    }
}
