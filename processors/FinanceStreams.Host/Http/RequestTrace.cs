using System.Diagnostics;

namespace FinanceStreams.Host.Http;

/// <summary>
/// A request's trace id: the W3C trace id of its activity when it has one (so it matches the exported trace), else a
/// fresh one. Problem details carry it as <c>traceId</c>, a decision as <c>traceId</c>, the audit event as <c>request_id</c>.
/// </summary>
public static class RequestTrace
{
    /// <summary>The response header that carries it on every answer.</summary>
    public const string Header = "X-Trace-Id";

    private static readonly object _key = new();

    /// <summary>The trace id of <paramref name="context"/>, fixed at its first use.</summary>
    public static string Id(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(_key, out var known) && known is string id)
        {
            return id;
        }

        id = Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.TraceId.ToHexString() : ActivityTraceId.CreateRandom().ToHexString();
        context.Items[_key] = id;
        return id;
    }
}
