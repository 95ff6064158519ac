namespace FinanceStreams.Host.Http;

/// <summary>The <c>type</c> of every problem the API answers (RFC 9110 and RFC 6585 sections), and the <c>traceId</c> beside it.</summary>
public static class ProblemTypes
{
    private static readonly Dictionary<int, string> _types = new()
    {
        [400] = Rfc9110("15.5.1"),
        [401] = Rfc9110("15.5.2"),
        [403] = Rfc9110("15.5.4"),
        [404] = Rfc9110("15.5.5"),
        [405] = Rfc9110("15.5.6"),
        [406] = Rfc9110("15.5.7"),
        [408] = Rfc9110("15.5.9"),
        [409] = Rfc9110("15.5.10"),
        [411] = Rfc9110("15.5.12"),
        [413] = Rfc9110("15.5.14"),
        [414] = Rfc9110("15.5.15"),
        [415] = Rfc9110("15.5.16"),
        [421] = Rfc9110("15.5.20"),
        [422] = Rfc9110("15.5.21"),
        [429] = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        [431] = "https://www.rfc-editor.org/rfc/rfc6585#section-5",
        [500] = Rfc9110("15.6.1"),
        [502] = Rfc9110("15.6.3"),
        [503] = Rfc9110("15.6.4"),
        [504] = Rfc9110("15.6.5"),
    };

    /// <summary>The type of a problem with <paramref name="status"/>.</summary>
    public static string Of(int status) => _types.TryGetValue(status, out var type) ? type : "about:blank";

    /// <summary>Completes every problem written: its type, title, status and the request's trace id.</summary>
    public static void Complete(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;
        problem.Type = Of(status);
        problem.Title ??= Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
        problem.Extensions["traceId"] = RequestTrace.Id(context.HttpContext);
        problem.Extensions.Remove("exception");
        if (problem.Detail is null && status == StatusCodes.Status500InternalServerError)
        {
            problem.Detail = "The request could not be answered; quote the traceId when reporting it.";
        }
    }

    private static string Rfc9110(string section) => $"https://tools.ietf.org/html/rfc9110#section-{section}";
}
