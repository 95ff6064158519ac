using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace FinanceStreams.Host.Http;

/// <summary>
/// Two fixed-window limits: per caller (API key or token subject) on the API endpoints, and per client address on
/// requests to a protected endpoint that carry no valid credentials (they will fail authentication), so guessing keys
/// is throttled. Rejections are 429 problems whose <c>Retry-After</c> is the time left in the window.
/// </summary>
public static class ApiRateLimiting
{
    /// <summary>The policy name the API endpoints require.</summary>
    public const string PerApiKey = "per-api-key";

    /// <summary>Adds both limits of <paramref name="options"/> to <paramref name="limiter"/>, timed by <paramref name="time"/>.</summary>
    public static void Configure(RateLimiterOptions limiter, HttpHostOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(options);
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(PerApiKey, context => RateLimitPartition.Get(
            ClientIdentity.Partition(context.User),
            _ => new WindowRateLimiter(options.RateLimitPermits, options.RateLimitWindow, time)));
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => FailsAuthentication(context)
            ? RateLimitPartition.Get("address:" + context.Connection.RemoteIpAddress, _ => new WindowRateLimiter(options.FailedAuthPermits, options.FailedAuthWindow, time))
            : RateLimitPartition.GetNoLimiter(string.Empty));
        limiter.OnRejected = async (rejected, cancel) =>
        {
            var context = rejected.HttpContext;
            var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.RateLimitWindow;
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            var detail = FailsAuthentication(context)
                ? $"Too many requests without valid credentials from this address; retry after {seconds} s."
                : $"More than {options.RateLimitPermits} requests in {options.RateLimitWindow.TotalSeconds:0.###} s with these credentials; retry after {seconds} s.";
            await Results.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Too Many Requests").ExecuteAsync(context).ConfigureAwait(false);
        };
    }

    /// <summary>A request to an endpoint that needs authorization, without credentials that authenticated.</summary>
    private static bool FailsAuthentication(HttpContext context) =>
        context.User.Identity is not { IsAuthenticated: true } && context.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>() is not null;
}
