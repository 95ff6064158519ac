using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace FinanceStreams.Host.Http;

/// <summary>
/// Reads a request body for the API: <c>application/json</c> (UTF-8) only (415), at most <see cref="HttpHostOptions.MaxBodyBytes"/>
/// whether sent with a Content-Length or chunked (413), at Kestrel's minimum data rate once <see cref="HttpHostOptions.BodyTimeout"/>
/// has passed (408: a body trickled byte by byte is refused, and a whole body takes at most MaxBodyBytes / 240 s).
/// </summary>
public static class BudgetCheckBody
{
    /// <summary>The body's bytes, or the problem to answer.</summary>
    public static async Task<(byte[]? Body, IResult? Problem)> ReadAsync(HttpContext context, HttpHostOptions options, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var request = context.Request;
        if (!IsJson(request.ContentType))
        {
            return (null, ApiProblems.UnsupportedMediaType(context));
        }

        if (request.ContentLength > options.MaxBodyBytes)
        {
            return (null, ApiProblems.TooLarge(context, options.MaxBodyBytes));
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxBodyBytes;
        }

        using var body = new MemoryStream();
        var chunk = new byte[1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > options.MaxBodyBytes)
                {
                    return (null, ApiProblems.TooLarge(context, options.MaxBodyBytes));
                }

                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e)
        {
            return (null, e.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => ApiProblems.TooLarge(context, options.MaxBodyBytes),
                StatusCodes.Status408RequestTimeout => ApiProblems.RequestTimeout(context, options.BodyTimeout),
                _ => ApiProblems.Invalid(new Dictionary<string, string[]> { ["body"] = ["The request body could not be read."] }),
            });
        }

        return (body.ToArray(), null);
    }

    /// <summary>Whether <paramref name="contentType"/> is <c>application/json</c>, with no charset or UTF-8.</summary>
    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        && (!media.Charset.HasValue || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
