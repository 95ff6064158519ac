using System.Text.Json;
using FinanceStreams.Host.Http;

namespace FinanceStreams.IntegrationTests.Http;

public sealed class OpenApiDocumentTests
{
    private const string CheckPath = "/api/v1/budget-checks";
    private const string BudgetPath = "/api/v1/budgets/{costCenter}/{fiscalYear}/{fiscalPeriod}";

    [Fact]
    public async Task OpenApi_Generated_ListsEveryRouteWithMethod()
    {
        await using var sut = await CreateSutAsync();

        var paths = (await DocumentAsync(sut)).GetProperty("paths");

        Assert.True(paths.GetProperty(BudgetPath).TryGetProperty("get", out _));
        Assert.True(paths.GetProperty(CheckPath).TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/health/live").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/health/ready").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/metrics").TryGetProperty("get", out _));
    }

    [Fact]
    public async Task OpenApi_CheckOperation_DeclaresEveryStatusItCanAnswer()
    {
        await using var sut = await CreateSutAsync();

        var post = (await DocumentAsync(sut)).GetProperty("paths").GetProperty(CheckPath).GetProperty("post");

        Assert.Equal(
            ["200", "400", "401", "403", "408", "409", "413", "414", "415", "421", "422", "429", "431", "500", "503"],
            post.GetProperty("responses").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("application/problem+json", post.GetProperty("responses").GetProperty("415").GetProperty("content").EnumerateObject().Single().Name);
    }

    [Fact]
    public async Task OpenApi_ThrottledAndUnauthorizedAnswers_DeclareTheirHeaders()
    {
        await using var sut = await CreateSutAsync();

        var responses = (await DocumentAsync(sut)).GetProperty("paths").GetProperty(BudgetPath).GetProperty("get").GetProperty("responses");

        Assert.Equal("integer", responses.GetProperty("429").GetProperty("headers").GetProperty("Retry-After").GetProperty("schema").GetProperty("type").GetString());
        Assert.True(responses.GetProperty("503").GetProperty("headers").TryGetProperty("Retry-After", out _));
        Assert.True(responses.GetProperty("401").GetProperty("headers").TryGetProperty("WWW-Authenticate", out _));
    }

    [Fact]
    public async Task OpenApi_Security_DeclaresApiKeyAndBearerSchemesWithTheOperationScope()
    {
        await using var sut = await CreateSutAsync();

        var document = await DocumentAsync(sut);
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        var security = document.GetProperty("paths").GetProperty(CheckPath).GetProperty("post").GetProperty("security");

        Assert.Equal("apiKey", schemes.GetProperty(ApiOpenApi.ApiKeyScheme).GetProperty("type").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty(ApiOpenApi.ApiKeyScheme).GetProperty("name").GetString());
        Assert.Equal("bearer", schemes.GetProperty(ApiOpenApi.BearerScheme).GetProperty("scheme").GetString());
        Assert.Equal("JWT", schemes.GetProperty(ApiOpenApi.BearerScheme).GetProperty("bearerFormat").GetString());
        Assert.Equal(["budgets:check", "budgets:check"], security.EnumerateArray().SelectMany(r => r.EnumerateObject()).Select(s => s.Value[0].GetString()!).ToArray());
    }

    [Fact]
    public async Task OpenApi_RequestSchema_HasEnumsFormatsPatternsRangesAndNoNullableRequiredField()
    {
        await using var sut = await CreateSutAsync();

        var schemas = (await DocumentAsync(sut)).GetProperty("components").GetProperty("schemas");
        var request = schemas.GetProperty("BudgetCheckRequest");
        var properties = request.GetProperty("properties");

        Assert.Equal(["amount", "costCenter", "currency", "date", "documentId", "documentType"], request.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToArray());
        Assert.All(properties.EnumerateObject(), p => Assert.DoesNotContain("null", p.Value.GetRawText(), StringComparison.Ordinal));
        Assert.Equal(["PURCHASE_ORDER", "REQUISITION"], Enum(schemas, properties.GetProperty("documentType")));
        Assert.Equal("date", properties.GetProperty("date").GetProperty("format").GetString());
        Assert.Equal(RequestValidator.IdPattern, properties.GetProperty("documentId").GetProperty("pattern").GetString());
        Assert.Equal(RequestValidator.CurrencyPattern, properties.GetProperty("currency").GetProperty("pattern").GetString());
        var amount = properties.GetProperty("amount");
        Assert.Equal("number", amount.GetProperty("type").GetString());
        Assert.Equal(0.01m, amount.GetProperty("multipleOf").GetDecimal());
        Assert.Equal(0m, amount.GetProperty("exclusiveMinimum").GetDecimal());
        Assert.Equal(RequestValidator.MaxAmount, amount.GetProperty("maximum").GetDecimal());
    }

    [Fact]
    public async Task OpenApi_ResponseMoney_IsANumberNotAString()
    {
        await using var sut = await CreateSutAsync();

        var budget = (await DocumentAsync(sut)).GetProperty("components").GetProperty("schemas").GetProperty("BudgetView").GetProperty("properties").GetProperty("budget");

        Assert.Equal(JsonValueKind.String, budget.GetProperty("type").ValueKind);
        Assert.Equal("number", budget.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Reference_Page_ServedWithTheDocument()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.Client().GetAsync("docs/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await sut.Client().GetAsync("docs/scalar.js")).StatusCode); // served offline, from the package
    }

    internal static async Task<JsonElement> DocumentAsync(HttpHostHarness sut) =>
        JsonDocument.Parse(await sut.Client().GetStringAsync("openapi/v1.json")).RootElement;

    private static string[] Enum(JsonElement schemas, JsonElement property)
    {
        var schema = property.TryGetProperty("$ref", out var reference) ? schemas.GetProperty(reference.GetString()!.Split('/')[^1]) : property;
        return [.. schema.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal)];
    }

    private static Task<HttpHostHarness> CreateSutAsync() => HttpHostHarness.StartAsync();
}
