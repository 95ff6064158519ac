namespace FinanceStreams.Host.Http;

/// <summary>
/// Refuses, as problem details before any endpoint runs, a request whose headers are too large (431), whose target is
/// too long (414) or whose path holds control characters once decoded (400). Kestrel's own limits are set above these,
/// so only a request beyond them is refused by Kestrel itself (with an empty body).
/// </summary>
public static class RequestGuard
{
    /// <summary>Kestrel's limit on the total size of the headers.</summary>
    public const int TransportHeaderBytes = 256 * 1024;

    /// <summary>Kestrel's limit on the request line.</summary>
    public const int TransportRequestLineBytes = 64 * 1024;

    /// <summary>The middleware.</summary>
    public static Task InvokeAsync(HttpContext context, RequestDelegate next, HttpHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(options);
        var request = context.Request;
        var headerBytes = request.Headers.Sum(h => h.Key.Length + 4 + h.Value.Sum(v => v?.Length ?? 0));
        if (headerBytes > options.MaxHeaderBytes)
        {
            return Refuse(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request Header Fields Too Large", $"The request headers exceed {options.MaxHeaderBytes} bytes.");
        }

        var target = request.Path.Value?.Length + request.QueryString.Value?.Length;
        if (target > options.MaxUrlLength)
        {
            return Refuse(context, StatusCodes.Status414UriTooLong, "URI Too Long", $"The request target exceeds {options.MaxUrlLength} characters.");
        }

        if ((request.Path.Value ?? string.Empty).Any(char.IsControl) || request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true)
        {
            return Refuse(context, StatusCodes.Status400BadRequest, "Bad Request", "The request target holds control characters.");
        }

        return next(context);
    }

    private static Task Refuse(HttpContext context, int status, string title, string detail)
    {
        context.Response.Headers.Connection = "close";
        return Results.Problem(detail, statusCode: status, title: title).ExecuteAsync(context);
    }
}
