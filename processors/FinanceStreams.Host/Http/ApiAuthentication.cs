using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace FinanceStreams.Host.Http;

/// <summary>
/// API keys and, when <see cref="HttpHostOptions.Jwt"/> is set, OAuth2 bearer tokens (JWT): a request with
/// <c>Authorization: Bearer</c> is authenticated by the token, any other by its API key. One authorization policy per
/// scope, satisfied by a key granted the scope or a token whose <c>scope</c> claim lists it.
/// </summary>
public static class ApiAuthentication
{
    /// <summary>The default scheme, which forwards to the API key or the bearer scheme.</summary>
    public const string SchemeName = "ApiKeyOrBearer";

    /// <summary>The bearer scheme's name.</summary>
    public const string BearerSchemeName = JwtBearerDefaults.AuthenticationScheme;

    /// <summary>Algorithms a token may be signed with (asymmetric only: a published key cannot sign).</summary>
    public static IReadOnlyList<string> Algorithms { get; } = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512, SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.RsaSsaPssSha256];

    /// <summary>Adds the schemes and the per-scope policies.</summary>
    public static void Configure(IServiceCollection services, HttpHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var jwt = options.Jwt;
        var authentication = services.AddAuthentication(SchemeName)
            .AddPolicyScheme(SchemeName, "API key or bearer token", policy => policy.ForwardDefaultSelector = context =>
                jwt is not null && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? BearerSchemeName : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        if (jwt is not null)
        {
            authentication.AddJwtBearer(BearerSchemeName, bearer => Bearer(bearer, jwt));
        }

        var policies = services.AddAuthorizationBuilder();
        foreach (var scope in ApiScopes.All)
        {
            policies.AddPolicy(scope, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => ApiScopes.Has(context.User, scope)));
        }
    }

    private static void Bearer(JwtBearerOptions bearer, JwtSettings jwt)
    {
        bearer.MapInboundClaims = false;
        bearer.IncludeErrorDetails = false;
        bearer.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
        bearer.Authority = jwt.Authority?.ToString();
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = jwt.Issuer,
            ValidAudience = jwt.Audience,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = jwt.ClockSkew,
            NameClaimType = "sub",
            ValidAlgorithms = Algorithms,
            IssuerSigningKeys = jwt.JwksFile is { } file ? new JsonWebKeySet(File.ReadAllText(file)).GetSigningKeys() : null,
        };
        bearer.Events = new JwtBearerEvents
        {
            OnChallenge = async challenge =>
            {
                challenge.HandleResponse();
                var invalid = challenge.AuthenticateFailure is not null;
                await ApiChallenges.UnauthorizedAsync(challenge.HttpContext, invalid ? "The bearer token is not valid." : "Send an API key or an OAuth2 bearer token.", invalid ? "invalid_token" : null).ConfigureAwait(false);
            },
            OnForbidden = forbidden => ApiChallenges.ForbiddenAsync(forbidden.HttpContext),
        };
    }
}
