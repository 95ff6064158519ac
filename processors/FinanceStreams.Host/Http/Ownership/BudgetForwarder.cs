using System.Net.Http.Headers;

namespace FinanceStreams.Host.Http.Ownership;

/// <summary>
/// Forwards a budget request for a bucket this instance does not hold to the instance that does, once
/// (a forwarded request is never forwarded again), with the caller's API key; the answer is returned as is.
/// </summary>
public sealed class BudgetForwarder(HttpClient http)
{
    /// <summary>Marks a forwarded request (and names the forwarding instance).</summary>
    public const string ForwardedHeader = "X-Finance-Streams-Forwarded-By";

    /// <summary>Names the instance that answered.</summary>
    public const string ServedByHeader = "X-Finance-Streams-Served-By";

    /// <summary>The owner's answer, or null when the request must not or cannot be forwarded.</summary>
    public async Task<IResult?> TryForwardAsync(HttpContext context, Uri? owner, Uri? self, HttpContent? body, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (owner is null || owner == self || context.Request.Headers.ContainsKey(ForwardedHeader))
        {
            return null;
        }

        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(owner, context.Request.Path + context.Request.QueryString)) { Content = body };
        request.Headers.TryAddWithoutValidation(ApiKeyAuthenticationHandler.Header, context.Request.Headers[ApiKeyAuthenticationHandler.Header].ToString());
        request.Headers.TryAddWithoutValidation(ForwardedHeader, self?.ToString() ?? "unknown");
        try
        {
            using var response = await http.SendAsync(request, cancel).ConfigureAwait(false);
            var content = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
            var contentType = response.Content.Headers.ContentType?.ToString() ?? "application/json";
            if (response.Headers.TryGetValues(ServedByHeader, out var servedBy))
            {
                context.Response.Headers[ServedByHeader] = servedBy.First();
            }

            if (response.Headers.RetryAfter is { } retry)
            {
                context.Response.Headers.RetryAfter = retry.ToString();
            }

            return Results.Content(content, contentType, statusCode: (int)response.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancel.IsCancellationRequested))
        {
            return null; // the owner is unreachable or too slow: answer 421 with its address
        }
    }

    /// <summary>JSON content for a forwarded body.</summary>
    public static HttpContent Json(object value) =>
        new StringContent(System.Text.Json.JsonSerializer.Serialize(value, System.Text.Json.JsonSerializerOptions.Web), new MediaTypeHeaderValue("application/json"));
}
