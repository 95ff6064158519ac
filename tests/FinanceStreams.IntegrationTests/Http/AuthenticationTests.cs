using System.Net;

namespace FinanceStreams.IntegrationTests.Http;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task GetBudget_NoApiKey_Returns401Problem()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.Client().GetAsync($"api/v1/budgets/{BucketData.CostCenter}/2025/3");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, (await HttpHostHarness.JsonAsync(response)).GetProperty("status").GetInt32());
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "ApiKey");
    }

    [Fact]
    public async Task GetBudget_UnknownApiKey_Returns401()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.BudgetAsync(secret: "not-a-key");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetBudget_KeyWithoutScope_Returns403ProblemNamingScopeNotKey()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.BudgetAsync(secret: HttpHostHarness.NoScopeSecret);

        var detail = (await HttpHostHarness.JsonAsync(response)).GetProperty("detail").GetString();
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("budgets:read", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("nobody", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCheck_ReadOnlyKey_Returns403AndNoAudit()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.CheckAsync(HttpHostHarness.Body(), HttpHostHarness.ReaderSecret);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(sut.Audit.Events);
    }

    [Fact]
    public async Task GetBudget_ReadKey_Returns200()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.BudgetAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<HttpHostHarness> CreateSutAsync()
    {
        var sut = await HttpHostHarness.StartAsync();
        sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BucketData.Lookup(consumed: 500m));
        return sut;
    }
}
