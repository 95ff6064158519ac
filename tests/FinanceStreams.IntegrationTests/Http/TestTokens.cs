using System.Security.Cryptography;
using System.Text.Json;
using FinanceStreams.Host.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FinanceStreams.IntegrationTests.Http;

/// <summary>A test signing key, its JWKS file, and tokens minted with it (or with another key).</summary>
internal static class TestTokens
{
    public const string Issuer = "https://issuer.test/";
    public const string Audience = "finance-streams-api";

    private static readonly RSA _key = RSA.Create(2048);
    private static readonly Lazy<JwtSettings> _settings = new(() =>
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("jwks-").FullName, "jwks.json");
        var parameters = _key.ExportParameters(false);
        var jwk = new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["kid"] = "test-key",
            ["use"] = "sig",
            ["alg"] = "RS256",
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        File.WriteAllText(file, JsonSerializer.Serialize(new { keys = new[] { jwk } }));
        return new JwtSettings(Issuer, Audience) { JwksFile = file };
    });

    public static JwtSettings Settings => _settings.Value;

    public static string Mint(string scope = "budgets:read budgets:check", string issuer = Issuer, string audience = Audience, TimeSpan? expiresIn = null, string subject = "portal-app", RSA? key = null)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(5));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expires.AddMinutes(-10) < now ? expires.AddMinutes(-10) : now,
            NotBefore = expires.AddMinutes(-10) < now ? expires.AddMinutes(-10) : now,
            Expires = expires,
            Claims = new Dictionary<string, object> { ["sub"] = subject, ["scope"] = scope },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key ?? _key) { KeyId = "test-key" }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
