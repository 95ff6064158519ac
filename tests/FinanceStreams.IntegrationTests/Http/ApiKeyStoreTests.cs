using System.Security.Cryptography;
using System.Text;
using FinanceStreams.Host.Http;
using Microsoft.Extensions.Configuration;

namespace FinanceStreams.IntegrationTests.Http;

public sealed class ApiKeyStoreTests
{
    [Fact]
    public void FromConfiguration_SecretAndHashedKeys_FindsEachWithScopes()
    {
        var hashed = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("s2")));
        var sut = CreateSut(new()
        {
            ["ApiKeys:portal:Secret"] = "s1",
            ["ApiKeys:portal:Scopes"] = "budgets:read, budgets:check",
            ["ApiKeys:erp:SecretSha256"] = hashed,
            ["ApiKeys:erp:Scopes:0"] = "budgets:read",
        });

        Assert.Equal(["budgets:check", "budgets:read"], sut.Find("s1")!.Scopes.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("erp", sut.Find("s2")!.Id);
        Assert.Null(sut.Find("s3"));
        Assert.Null(sut.Find(null));
    }

    [Fact]
    public void FromConfiguration_KeyWithoutSecret_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => CreateSut(new() { ["ApiKeys:portal:Scopes"] = "budgets:read" }));
    }

    [Fact]
    public void HttpHostOptionsFromConfiguration_ReadsPortAndRateLimit()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Port"] = "0",
            ["RateLimit:Permits"] = "5",
            ["RateLimit:WindowSeconds"] = "2",
        }).Build();

        var options = HttpHostOptions.FromConfiguration(section, "budget-rules/1");

        Assert.Equal((0, 5, TimeSpan.FromSeconds(2)), (options.Port, options.RateLimitPermits, options.RateLimitWindow));
    }

    [Fact]
    public void HttpHostOptionsFromConfiguration_ReadsJwtPublicUrlAndLimits()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PublicUrl"] = "http://budget-1.internal:8080/",
            ["FailedAuthLimit:Permits"] = "3",
            ["MaxBodyBytes"] = "2048",
            ["Jwt:Issuer"] = TestTokens.Issuer,
            ["Jwt:Audience"] = TestTokens.Audience,
            ["Jwt:JwksFile"] = TestTokens.Settings.JwksFile,
        }).Build();

        var options = HttpHostOptions.FromConfiguration(section, "budget-rules/1");

        Assert.Equal((new Uri("http://budget-1.internal:8080/"), 3, 2048), (options.PublicUrl, options.FailedAuthPermits, options.MaxBodyBytes));
        Assert.Equal((TestTokens.Issuer, TestTokens.Audience), (options.Jwt!.Issuer, options.Jwt.Audience));
    }

    [Theory]
    [InlineData("Jwt:Audience", "")]
    [InlineData("Jwt:JwksFile", "/nonexistent/jwks.json")]
    [InlineData("Jwt:Authority", "https://login.example.com/")]
    [InlineData("PublicUrl", "http://budget-1.internal:8080/path/")]
    [InlineData("ForwardScheme", "ftp")]
    public void HttpHostOptionsFromConfiguration_InvalidSetting_Throws(string key, string value)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Jwt:Issuer"] = TestTokens.Issuer,
            ["Jwt:Audience"] = TestTokens.Audience,
            ["Jwt:JwksFile"] = TestTokens.Settings.JwksFile,
            [key] = value,
        };

        Assert.Throws<ArgumentException>(() => HttpHostOptions.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), "budget-rules/1"));
    }

    private static ApiKeyStore CreateSut(Dictionary<string, string?> settings) =>
        ApiKeyStore.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
}
