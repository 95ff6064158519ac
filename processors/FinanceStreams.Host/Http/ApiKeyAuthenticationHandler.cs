using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FinanceStreams.Host.Http;

/// <summary>
/// Authenticates an API key, sent in the <c>X-Api-Key</c> header or as <c>Authorization: ApiKey &lt;key&gt;</c> (the form
/// a Prometheus scrape configuration sends), against the <see cref="ApiKeyStore"/>: the principal's name is the key id
/// and its <c>scope</c> claims are the key's scopes. Answers 401 and 403 as RFC 7807 problem details.
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
        var presented = Presented(Request);
        if (presented is null)
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

    /// <summary>The key values a request presents (header or <c>Authorization: ApiKey</c>), null when it presents none.</summary>
    public static IReadOnlyList<string?>? Presented(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.TryGetValue(Header, out var header) && header.Count > 0)
        {
            return header;
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase) ? [authorization[(SchemeName.Length + 1)..].Trim()] : null;
    }

    /// <inheritdoc/>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => ApiChallenges.UnauthorizedAsync(Context, Presented(Request) is null
        ? $"Send an API key in the {Header} header or an OAuth2 bearer token."
        : "The API key is not valid.");

    /// <inheritdoc/>
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => ApiChallenges.ForbiddenAsync(Context);
}
