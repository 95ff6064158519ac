using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;

namespace FinanceStreams.IntegrationTests.Http;

public sealed class BearerTokenTests
{
    [Fact]
    public async Task GetBudget_ValidTokenWithReadScope_Returns200()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.BearerClient(TestTokens.Mint(scope: "budgets:read")).GetAsync(BudgetPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GetBudget_ExpiredToken_Returns401InvalidToken()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.BearerClient(TestTokens.Mint(expiresIn: TimeSpan.FromMinutes(-2))).GetAsync(BudgetPath);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer" && h.Parameter == "error=\"invalid_token\"");
        Assert.Equal(401, (await HttpHostHarness.JsonAsync(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task GetBudget_WrongAudience_Returns401()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.BearerClient(TestTokens.Mint(audience: "another-api")).GetAsync(BudgetPath);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetBudget_WrongIssuer_Returns401()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.BearerClient(TestTokens.Mint(issuer: "https://evil.example.com/")).GetAsync(BudgetPath);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetBudget_SignedWithAnotherKey_Returns401()
    {
        await using var sut = await CreateSutAsync();
        using var other = RSA.Create(2048);

        var response = await sut.BearerClient(TestTokens.Mint(key: other)).GetAsync(BudgetPath);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostCheck_TokenWithoutCheckScope_Returns403ProblemNamingScope()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.BearerClient(TestTokens.Mint(scope: "budgets:read")).PostAsJsonAsync("api/v1/budget-checks", HttpHostHarness.Body());
        var json = await HttpHostHarness.JsonAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("budgets:check", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("portal-app", json.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(sut.Audit.Events);
    }

    [Fact]
    public async Task PostCheck_TokenWithCheckScope_DecidedAndAuditedAsTokenSubject()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.BearerClient(TestTokens.Mint(scope: "budgets:check", subject: "procurement-portal")).PostAsJsonAsync("api/v1/budget-checks", HttpHostHarness.Body());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("token:procurement-portal", Assert.Single(sut.Audit.Events).attributes["actor"]);
    }

    [Fact]
    public async Task GetBudget_NoJwtConfigured_BearerRefusedAs401()
    {
        await using var sut = await HttpHostHarness.StartAsync(configure: o => o with { Jwt = null });

        var response = await sut.BearerClient(TestTokens.Mint()).GetAsync(BudgetPath);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private const string BudgetPath = $"api/v1/budgets/{BucketData.CostCenter}/2025/3";

    private static async Task<HttpHostHarness> CreateSutAsync()
    {
        var sut = await HttpHostHarness.StartAsync();
        sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BucketData.Lookup(consumed: 500m));
        return sut;
    }
}
