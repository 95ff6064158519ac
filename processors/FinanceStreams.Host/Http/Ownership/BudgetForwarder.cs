using System.Net.Http.Headers;
using System.Text.Json;

namespace FinanceStreams.Host.Http.Ownership;

/// <summary>
/// Forwards a budget request for a bucket this instance does not hold to the instance that does, once (a forwarded
/// request is never forwarded again): only to an announced owner's base address over the configured scheme, never to
/// this instance, with the caller's credentials (API key or bearer token); the answer is returned as is.
/// </summary>
public sealed class BudgetForwarder(HttpClient http, InstanceAddress self, HttpHostOptions options, ILogger<BudgetForwarder> logger)
{
    /// <summary>Marks a forwarded request (and names the forwarding instance).</summary>
    public const string ForwardedHeader = "X-Finance-Streams-Forwarded-By";

    /// <summary>Names the instance that answered.</summary>
    public const string ServedByHeader = "X-Finance-Streams-Served-By";

    /// <summary>Whether <paramref name="owner"/> is an address requests may be forwarded to: a base address over <paramref name="scheme"/>, no user info, path or query.</summary>
    public static bool IsForwardable(Uri? owner, string scheme) =>
        owner is { IsAbsoluteUri: true } && owner.Scheme == scheme && owner.UserInfo.Length == 0 && owner.AbsolutePath == "/" && owner.Query.Length == 0 && owner.Fragment.Length == 0;

    /// <summary>The owner's answer, or null when the request must not or cannot be forwarded.</summary>
    public async Task<IResult?> TryForwardAsync(HttpContext context, Uri? owner, byte[]? body, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Headers.ContainsKey(ForwardedHeader) || !MayAsk(owner))
        {
            return null;
        }

        using var request = Request(context, new HttpMethod(context.Request.Method), new Uri(owner!, context.Request.Path + context.Request.QueryString));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        }

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
        catch (Exception e) when (IsUnreachable(e, cancel))
        {
            return null; // the owner is unreachable or too slow: answer 421 with its address
        }
    }

    /// <summary>
    /// A GET of <paramref name="pathAndQuery"/> on <paramref name="owner"/> for this request (its credentials), read as
    /// JSON; null when the owner must not be asked, cannot be reached or does not answer 200.
    /// </summary>
    public async Task<T?> TryGetAsync<T>(HttpContext context, Uri? owner, string pathAndQuery, JsonSerializerOptions json, CancellationToken cancel)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!MayAsk(owner))
        {
            return null;
        }

        using var request = Request(context, HttpMethod.Get, new Uri(owner!, pathAndQuery));
        try
        {
            using var response = await http.SendAsync(request, cancel).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<T>(json, cancel).ConfigureAwait(false) : null;
        }
        catch (Exception e) when (IsUnreachable(e, cancel) || e is JsonException)
        {
            return null;
        }
    }

    private bool MayAsk(Uri? owner)
    {
        if (owner is null || self.IsSelf(owner))
        {
            return false;
        }

        if (!IsForwardable(owner, options.ForwardScheme))
        {
            HttpLog.ForwardRefused(logger, owner.GetLeftPart(UriPartial.Authority), options.ForwardScheme);
            return false;
        }

        return true;
    }

    /// <summary>A request to another instance with the caller's credentials, marked as forwarded by this one.</summary>
    private HttpRequestMessage Request(HttpContext context, HttpMethod method, Uri url)
    {
        var request = new HttpRequestMessage(method, url);
        foreach (var header in new[] { ApiKeyAuthenticationHandler.Header, "Authorization" })
        {
            if (context.Request.Headers.TryGetValue(header, out var value) && value.Count == 1)
            {
                request.Headers.TryAddWithoutValidation(header, value.ToString());
            }
        }

        request.Headers.TryAddWithoutValidation(ForwardedHeader, self.Self?.ToString() ?? "unknown");
        return request;
    }

    private static bool IsUnreachable(Exception e, CancellationToken cancel) =>
        e is HttpRequestException || (e is TaskCanceledException && !cancel.IsCancellationRequested);
}
