using Microsoft.AspNetCore.Authorization;

namespace FinanceStreams.Host.Http;

/// <summary>The 401 and 403 problems of both authentication schemes; they never name the key or the token's subject.</summary>
public static class ApiChallenges
{
    /// <summary>The <c>WWW-Authenticate</c> challenges: an API key, or a bearer token.</summary>
    public static string[] Challenges(string? bearerError = null) =>
        [$"{ApiKeyAuthenticationHandler.SchemeName} header=\"{ApiKeyAuthenticationHandler.Header}\"", bearerError is null ? "Bearer" : $"Bearer error=\"{bearerError}\""];

    /// <summary>Writes a 401 problem with both challenges.</summary>
    public static Task UnauthorizedAsync(HttpContext context, string detail, string? bearerError = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.WWWAuthenticate = Challenges(bearerError);
        return Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized").ExecuteAsync(context);
    }

    /// <summary>Writes a 403 problem naming the scope the endpoint needs.</summary>
    public static Task ForbiddenAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).FirstOrDefault(p => p is not null);
        var detail = scope is null ? "The credentials lack the scope this operation needs." : $"The credentials lack the scope this operation needs: {scope}.";
        return Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden").ExecuteAsync(context);
    }
}
