using System.Globalization;

namespace FinanceStreams.Host.Http;

/// <summary>The API's RFC 7807 problem responses (<see cref="ProblemTypes"/> completes each with its type and trace id).</summary>
public static class ApiProblems
{
    /// <summary>Seconds a client should wait before asking an instance that is not ready again.</summary>
    public const int NotReadyRetrySeconds = 5;

    /// <summary>400 or 422 with field errors.</summary>
    public static IResult Invalid(IDictionary<string, string[]> errors, int status = StatusCodes.Status400BadRequest, string? detail = null) =>
        Results.ValidationProblem(errors, detail, statusCode: status, title: status == StatusCodes.Status400BadRequest ? "The request is not valid." : "The request cannot be processed.");

    /// <summary>503 while the instance cannot answer (state restoring, no task held, broker lost), with the reason.</summary>
    public static IResult NotReady(HttpContext context, string reason = "The budget state of this instance is restoring or not started yet.")
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = NotReadyRetrySeconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(reason, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready");
    }

    /// <summary>421: another instance owns the bucket; it is named only when known and not this instance.</summary>
    public static IResult Misdirected(string bucket, BudgetLookup lookup, InstanceAddress self)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(self);
        var owner = lookup.OwnerUrl is { } url && !self.IsSelf(url) ? url.ToString() : null;
        var extensions = new Dictionary<string, object?> { ["bucket"] = bucket, ["partition"] = lookup.Partition, ["owner"] = owner };
        var detail = owner is null
            ? $"Bucket {bucket} (partition {lookup.Partition}) is owned by another instance, not known yet; retry shortly or ask another instance."
            : $"Bucket {bucket} (partition {lookup.Partition}) is owned by {owner}; send the request there.";
        return Results.Problem(detail, statusCode: StatusCodes.Status421MisdirectedRequest, title: "Misdirected Request", extensions: extensions);
    }

    /// <summary>404: no figures for the bucket.</summary>
    public static IResult UnknownBucket(string bucket) =>
        Results.Problem($"No budget figures for bucket {bucket}.", statusCode: StatusCodes.Status404NotFound, title: "Not Found", extensions: new Dictionary<string, object?> { ["bucket"] = bucket });

    /// <summary>409: the document id names a document of another type or bucket.</summary>
    public static IResult DocumentConflict(string reason) =>
        Results.Problem(reason, statusCode: StatusCodes.Status409Conflict, title: "The document id names another document");

    /// <summary>503: some bucket partitions could not be searched for the document (their owners unknown or unreachable).</summary>
    public static IResult DocumentsUnsearchable(HttpContext context, string documentId, DocumentLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(lookup);
        context.Response.Headers.RetryAfter = NotReadyRetrySeconds.ToString(CultureInfo.InvariantCulture);
        var partitions = lookup.Elsewhere.Keys.Order().ToList();
        var detail = $"Cannot tell where document {documentId} is counted: bucket partition(s) {string.Join(", ", partitions)} are held by instances that did not answer or are not known yet; retry shortly.";
        return Results.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready", extensions: new Dictionary<string, object?> { ["partitions"] = partitions });
    }

    /// <summary>503: the decision could not be recorded for audit, so it is not given.</summary>
    public static IResult AuditUnavailable() =>
        Results.Problem("The decision could not be recorded in the audit trail, so it is not given; retry later.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Audit trail unavailable");

    /// <summary>415: the body is not <c>application/json</c>.</summary>
    public static IResult UnsupportedMediaType(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.Accept = "application/json";
        return Results.Problem("The body must be sent as application/json (UTF-8).", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported Media Type");
    }

    /// <summary>413: the body exceeds the limit; the connection is closed after the answer.</summary>
    public static IResult TooLarge(HttpContext context, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.Connection = "close";
        return Results.Problem($"The body exceeds {maxBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Content Too Large");
    }

    /// <summary>408: the body arrives too slowly; the connection is closed after the answer.</summary>
    public static IResult RequestTimeout(HttpContext context, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.Connection = "close";
        return Results.Problem($"The body arrived too slowly (under {HttpHost.BodyBytesPerSecond:0} bytes/s after {timeout.TotalSeconds:0.###} s).", statusCode: StatusCodes.Status408RequestTimeout, title: "Request Timeout");
    }
}
