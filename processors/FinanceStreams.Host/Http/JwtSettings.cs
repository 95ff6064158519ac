namespace FinanceStreams.Host.Http;

/// <summary>
/// OAuth2 bearer tokens (JWT) the API accepts beside its API keys: the issuer and audience a token must name, and
/// where the signing keys come from: an <see cref="Authority"/> (OpenID Connect discovery) or a JWKS file for
/// offline use. Scopes come from the token's <c>scope</c> claim (space-separated).
/// </summary>
/// <param name="Issuer">The required <c>iss</c>.</param>
/// <param name="Audience">The required <c>aud</c>.</param>
public sealed record JwtSettings(string Issuer, string Audience)
{
    /// <summary>The authority whose metadata names the signing keys (https unless <see cref="RequireHttpsMetadata"/> is false).</summary>
    public Uri? Authority { get; init; }

    /// <summary>A JSON Web Key Set file with the signing keys (read once at start).</summary>
    public string? JwksFile { get; init; }

    /// <summary>Whether the authority's metadata must be fetched over https.</summary>
    public bool RequireHttpsMetadata { get; init; } = true;

    /// <summary>Tolerated clock difference when checking a token's lifetime.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Settings of the <c>Jwt</c> section (<c>Issuer</c>, <c>Audience</c>, <c>Authority</c> or <c>JwksFile</c>, <c>RequireHttpsMetadata</c>); null when it sets no issuer.</summary>
    public static JwtSettings? FromConfiguration(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (string.IsNullOrWhiteSpace(section["Issuer"]))
        {
            return null;
        }

        var authority = section["Authority"];
        return new JwtSettings(section["Issuer"]!, section["Audience"] ?? string.Empty)
        {
            Authority = string.IsNullOrWhiteSpace(authority) ? null : new Uri(authority, UriKind.Absolute),
            JwksFile = string.IsNullOrWhiteSpace(section["JwksFile"]) ? null : section["JwksFile"],
            RequireHttpsMetadata = section.GetValue("RequireHttpsMetadata", true),
        }.Validate();
    }

    /// <summary>This instance, or an exception naming the first invalid setting.</summary>
    public JwtSettings Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Issuer);
        if (string.IsNullOrWhiteSpace(Audience))
        {
            throw new ArgumentException("Http:Jwt:Audience is required with Http:Jwt:Issuer.", nameof(Audience));
        }

        if ((Authority is null) == (JwksFile is null))
        {
            throw new ArgumentException("Http:Jwt needs exactly one of Authority or JwksFile.", nameof(Authority));
        }

        if (JwksFile is not null && !File.Exists(JwksFile))
        {
            throw new ArgumentException($"Http:Jwt:JwksFile '{JwksFile}' does not exist.", nameof(JwksFile));
        }

        return this;
    }
}
