using System.Net;
using System.Text;
using FinanceStreams.Host.Http;

namespace FinanceStreams.IntegrationTests.Http;

public sealed class BudgetCheckValidationTests
{
    [Fact]
    public async Task PostCheck_InvalidFields_Returns400WithEveryFieldError()
    {
        await using var sut = await CreateSutAsync();
        var body = new { documentType = "INVOICE", documentId = "", costCenter = BucketData.CostCenter, date = "20/03/2025", currency = "eur", amount = -1.005m };

        var response = await sut.CheckAsync(body);
        var errors = (await HttpHostHarness.JsonAsync(response)).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            ["amount", "currency", "date", "documentId", "documentType"],
            errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(2, errors.GetProperty("amount").GetArrayLength());
        Assert.Empty(sut.Audit.Events);
    }

    [Fact]
    public async Task PostCheck_MalformedJson_Returns400BodyError()
    {
        await using var sut = await CreateSutAsync();
        using var content = new StringContent("{\"amount\": \"many\"", Encoding.UTF8, "application/json");

        var response = await sut.Client(HttpHostHarness.CheckerSecret).PostAsync("api/v1/budget-checks", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await HttpHostHarness.JsonAsync(response)).GetProperty("errors").TryGetProperty("body", out _));
    }

    [Fact]
    public async Task PostCheck_CurrencyOtherThanBudget_Returns422ConversionNotSupported()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.CheckAsync(HttpHostHarness.Body(currency: "USD"));
        var json = await HttpHostHarness.JsonAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(BudgetCheckEndpoints.ConversionNotSupported, json.GetProperty("detail").GetString());
        Assert.True(json.GetProperty("errors").TryGetProperty("currency", out _));
        Assert.Empty(sut.Audit.Events);
    }

    [Fact]
    public async Task PostCheck_BucketWithoutFigures_Returns422()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.CheckAsync(HttpHostHarness.Body(date: "2025-04-01"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await HttpHostHarness.JsonAsync(response)).GetProperty("errors").TryGetProperty("costCenter", out _));
    }

    [Fact]
    public async Task PostCheck_OtherInstanceOwnsBucket_Returns421WithoutOwnerWhenUnknown()
    {
        await using var sut = await CreateSutAsync();
        sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BudgetLookup.Remote(1));

        var response = await sut.CheckAsync(HttpHostHarness.Body());
        var json = await HttpHostHarness.JsonAsync(response);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("owner").ValueKind);
        Assert.Empty(sut.Audit.Events);
    }

    private static async Task<HttpHostHarness> CreateSutAsync()
    {
        var sut = await HttpHostHarness.StartAsync();
        sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BucketData.Lookup(consumed: 500m));
        return sut;
    }
}
