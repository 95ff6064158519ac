using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace FinanceStreams.Host.Http;

/// <summary>A fixed window rate limit per API key; rejections are 429 problems with <c>Retry-After</c>.</summary>
public static class ApiRateLimiting
{
    /// <summary>The policy name the API endpoints require.</summary>
    public const string PerApiKey = "per-api-key";

    /// <summary>Adds the policy of <paramref name="options"/> to <paramref name="limiter"/>.</summary>
    public static void Configure(RateLimiterOptions limiter, HttpHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(options);
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(PerApiKey, context => RateLimitPartition.GetFixedWindowLimiter(
            context.User.FindFirstValue(ClaimTypes.Name) ?? string.Empty,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RateLimitPermits, Window = options.RateLimitWindow, QueueLimit = 0 }));
        limiter.OnRejected = async (rejected, cancel) =>
        {
            var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.RateLimitWindow;
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            var detail = $"More than {options.RateLimitPermits} requests in {options.RateLimitWindow.TotalSeconds:0.###} s for this API key; retry after {seconds} s.";
            await Results.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Too Many Requests").ExecuteAsync(rejected.HttpContext).ConfigureAwait(false);
        };
    }
}
