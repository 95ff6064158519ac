using System.Net;
using FinanceStreams.Host.Http;

namespace FinanceStreams.IntegrationTests.Http;

public sealed class BudgetEndpointTests
{
    [Fact]
    public async Task GetBudget_OwnedBucket_ReturnsConsumptionFigures()
    {
        await using var sut = await CreateSutAsync();
        sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BucketData.Lookup(consumed: 850m));

        var json = await HttpHostHarness.JsonAsync(await sut.BudgetAsync());

        Assert.Equal(BucketData.CostCenter, json.GetProperty("costCenter").GetString());
        Assert.Equal(1000m, json.GetProperty("budget").GetDecimal());
        Assert.Equal(850m, json.GetProperty("commitment").GetDecimal());
        Assert.Equal(850m, json.GetProperty("consumed").GetDecimal());
        Assert.Equal(150m, json.GetProperty("available").GetDecimal());
        Assert.Equal(85m, json.GetProperty("utilizationPct").GetDecimal());
        Assert.Equal(1100m, json.GetProperty("limit").GetDecimal());
        Assert.Equal("WARNING", json.GetProperty("status").GetString());
        Assert.Equal("EUR", json.GetProperty("currency").GetString());
    }

    [Fact]
    public async Task GetBudget_NoFigures_Returns404Problem()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.BudgetAsync(path: "CC-UNKNOWN/2025/3");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("CC-UNKNOWN|2025|03", (await HttpHostHarness.JsonAsync(response)).GetProperty("bucket").GetString());
    }

    [Fact]
    public async Task GetBudget_OwnerOfTheBucketUnreachable_Returns421NamingIt()
    {
        await using var sut = await CreateSutAsync();
        sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BudgetLookup.Remote(2, "http://127.0.0.1:1/"));

        var response = await sut.BudgetAsync();
        var json = await HttpHostHarness.JsonAsync(response);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.Equal("http://127.0.0.1:1/", json.GetProperty("owner").GetString());
        Assert.Equal(2, json.GetProperty("partition").GetInt32());
    }

    [Fact]
    public async Task GetBudget_NotReady_Returns503()
    {
        await using var sut = await CreateSutAsync();
        sut.Readiness.IsReady = false;

        var response = await sut.BudgetAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task GetBudget_InvalidYearAndPeriod_Returns400WithFieldErrors()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.BudgetAsync(path: $"{BucketData.CostCenter}/20x5/13x");
        var errors = (await HttpHostHarness.JsonAsync(response)).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty("fiscalYear", out _));
        Assert.True(errors.TryGetProperty("fiscalPeriod", out _));
        Assert.False(errors.TryGetProperty("costCenter", out _));
    }

    private static Task<HttpHostHarness> CreateSutAsync() => HttpHostHarness.StartAsync();
}
