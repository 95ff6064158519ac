using System.Globalization;

namespace FinanceStreams.Host.Http;

/// <summary>The API's RFC 7807 problem responses.</summary>
public static class ApiProblems
{
    /// <summary>Seconds a client should wait before asking an instance that is not ready again.</summary>
    public const int NotReadyRetrySeconds = 5;

    /// <summary>400 or 422 with field errors.</summary>
    public static IResult Invalid(IDictionary<string, string[]> errors, int status = StatusCodes.Status400BadRequest, string? detail = null) =>
        Results.ValidationProblem(errors, detail, statusCode: status, title: status == StatusCodes.Status400BadRequest ? "The request is not valid." : "The request cannot be processed.");

    /// <summary>503 while the instance's state is restoring or not started.</summary>
    public static IResult NotReady(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = NotReadyRetrySeconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem("The budget state of this instance is restoring or not started yet.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready");
    }

    /// <summary>421: another instance owns the bucket.</summary>
    public static IResult Misdirected(string bucket, BudgetLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var owner = lookup.Owner is null ? "an instance this one cannot name" : lookup.Owner;
        var extensions = new Dictionary<string, object?> { ["bucket"] = bucket, ["partition"] = lookup.Partition, ["owner"] = lookup.Owner };
        return Results.Problem($"Bucket {bucket} (partition {lookup.Partition}) is owned by {owner}; send the request there.", statusCode: StatusCodes.Status421MisdirectedRequest, title: "Misdirected Request", extensions: extensions);
    }

    /// <summary>404: no figures for the bucket.</summary>
    public static IResult UnknownBucket(string bucket) =>
        Results.Problem($"No budget figures for bucket {bucket}.", statusCode: StatusCodes.Status404NotFound, title: "Not Found", extensions: new Dictionary<string, object?> { ["bucket"] = bucket });

    /// <summary>503: the decision could not be recorded for audit, so it is not given.</summary>
    public static IResult AuditUnavailable() =>
        Results.Problem("The decision could not be recorded in the audit trail, so it is not given; retry later.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Audit trail unavailable");
}
