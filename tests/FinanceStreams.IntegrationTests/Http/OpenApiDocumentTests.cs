using System.Text.Json;

namespace FinanceStreams.IntegrationTests.Http;

public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task OpenApi_Served_ListsEveryRouteWithMethod()
    {
        await using var sut = await CreateSutAsync();

        var paths = (await DocumentAsync(sut)).GetProperty("paths");

        Assert.True(paths.GetProperty("/api/v1/budgets/{costCenter}/{fiscalYear}/{fiscalPeriod}").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/budget-checks").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/health/live").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/health/ready").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/metrics").TryGetProperty("get", out _));
    }

    [Fact]
    public async Task OpenApi_CheckOperation_DeclaresScopeBodyAndProblemStatuses()
    {
        await using var sut = await CreateSutAsync();

        var document = await DocumentAsync(sut);
        var post = document.GetProperty("paths").GetProperty("/api/v1/budget-checks").GetProperty("post");

        Assert.Equal("budgets:check", post.GetProperty("security")[0].GetProperty("apiKey")[0].GetString());
        Assert.Equal("#/components/schemas/BudgetCheckRequest", post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(post.GetProperty("responses").TryGetProperty("422", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("429", out _));
        var documentType = document.GetProperty("components").GetProperty("schemas").GetProperty("BudgetCheckRequest").GetProperty("properties").GetProperty("documentType");
        Assert.Contains("PURCHASE_ORDER", documentType.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_BudgetOperation_DeclaresPathParameters()
    {
        await using var sut = await CreateSutAsync();

        var get = (await DocumentAsync(sut)).GetProperty("paths").GetProperty("/api/v1/budgets/{costCenter}/{fiscalYear}/{fiscalPeriod}").GetProperty("get");

        Assert.Equal(["costCenter", "fiscalYear", "fiscalPeriod"], get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray());
    }

    private static Task<HttpHostHarness> CreateSutAsync() => HttpHostHarness.StartAsync();

    private static async Task<JsonElement> DocumentAsync(HttpHostHarness sut) =>
        JsonDocument.Parse(await sut.Client().GetStringAsync("openapi/v1.json")).RootElement;
}
