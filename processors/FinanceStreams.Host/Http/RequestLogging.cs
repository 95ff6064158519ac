using System.Diagnostics;

namespace FinanceStreams.Host.Http;

/// <summary>
/// Logs each request once answered: method, path, query and headers with key- and token-like values redacted
/// (<see cref="LogRedaction"/>), status and duration. ASP.NET Core's own request logs, which print the raw URL, are
/// filtered out below warnings.
/// </summary>
public static class RequestLogging
{
    /// <summary>The log category.</summary>
    public const string Category = "FinanceStreams.Host.Http.Requests";

    /// <summary>The middleware.</summary>
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var clock = Stopwatch.StartNew();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var request = context.Request;
                HttpLog.Request(logger, request.Method, request.Path.Value ?? "/", LogRedaction.Query(request.QueryString), context.Response.StatusCode, clock.Elapsed.TotalMilliseconds, RequestTrace.Id(context), LogRedaction.Headers(request.Headers));
            }
        }
    }
}
