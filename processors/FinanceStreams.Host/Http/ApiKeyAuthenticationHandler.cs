using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FinanceStreams.Host.Http;

/// <summary>
/// Authenticates the <c>X-Api-Key</c> header against the <see cref="ApiKeyStore"/>: the principal's name is the
/// key id and its <c>scope</c> claims are the key's scopes. Answers 401 and 403 as RFC 7807 problem details.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The authentication scheme's name.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>The request header that carries the key.</summary>
    public const string Header = "X-Api-Key";

    /// <inheritdoc/>
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var presented) || presented.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var key = presented.Count == 1 ? keys.Find(presented[0]) : null;
        if (key is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("Invalid API key."));
        }

        var claims = key.Scopes.Select(s => new Claim(ApiScopes.ClaimType, s)).Append(new Claim(ClaimTypes.Name, key.Id));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    /// <inheritdoc/>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        var missing = !Request.Headers.ContainsKey(Header);
        var detail = missing ? $"Send an API key in the {Header} header." : "The API key is not valid.";
        await Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized").ExecuteAsync(Context).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var detail = $"API key '{Context.User.Identity?.Name}' lacks the scope this operation needs.";
        await Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden").ExecuteAsync(Context).ConfigureAwait(false);
    }
}
