using System.Net;
using finance.budgeting;
using FinanceStreams.Topologies.Ingestion;

namespace FinanceStreams.IntegrationTests.Http;

public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Metrics_TopologiesCounterIncremented_ExportsInstrumentWithLabel()
    {
        await using var sut = await CreateSutAsync();
        CdcMetrics.Stale("http-metrics-test-topic");

        var text = await sut.Client(HttpHostHarness.MetricsSecret).GetStringAsync("metrics");

        Assert.Contains("financestreams_topologies_finance_cdc_stale_events{topic=\"http-metrics-test-topic\"}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_PipelineCounterIncremented_ExportsInstrument()
    {
        await using var sut = await CreateSutAsync();
        FinanceStreams.Streaming.Metrics.PipelineMetrics.Restored("http-metrics-test-app", "buckets");

        var text = await sut.Client(HttpHostHarness.MetricsSecret).GetStringAsync("metrics");

        Assert.Contains("financestreams_streaming_finance_state_restored_records{application_id=\"http-metrics-test-app\",store=\"buckets\"}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_DecisionBeforeFirstScrape_CountedOnFirstScrape()
    {
        await using var sut = await CreateSutAsync();
        sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BucketData.Lookup(consumed: 500m, level: ControlLevel.NONE));
        await sut.CheckAsync(HttpHostHarness.Body());

        var text = await sut.Client(HttpHostHarness.MetricsSecret).GetStringAsync("metrics");

        Assert.Contains("finance_api_budget_checks{decision=\"APPROVED\"}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_MetricsKey_ServedAsPrometheusText()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.Client(HttpHostHarness.MetricsSecret).GetAsync("metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Metrics_Anonymous_Returns401WithoutFigures()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.Client().GetAsync("metrics");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("finance_", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpHostHarness.ReaderSecret)]
    [InlineData(HttpHostHarness.CheckerSecret)]
    public async Task Metrics_KeyWithoutMetricsScope_Returns403(string secret)
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.Client(secret).GetAsync("metrics");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_KeyInAuthorizationHeaderAsPrometheusSendsIt_Returns200()
    {
        await using var sut = await CreateSutAsync();
        var client = sut.Client();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("ApiKey", HttpHostHarness.MetricsSecret);

        var response = await client.GetAsync("metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_TokenWithMetricsScope_Returns200()
    {
        await using var sut = await CreateSutAsync();

        var response = await sut.BearerClient(TestTokens.Mint(scope: "metrics:read")).GetAsync("metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_UnexpectedFailure_Counted500AndAnsweredAsProblem()
    {
        await using var sut = await CreateSutAsync();
        var scraper = sut.Client(HttpHostHarness.MetricsSecret);
        var before = Count500(await scraper.GetStringAsync("metrics"));
        sut.Budgets.Throwing = true;

        var failed = await sut.BudgetAsync();
        var body = await failed.Content.ReadAsStringAsync();

        var after = Count500(await scraper.GetStringAsync("metrics"));
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("FinanceStreams", body, StringComparison.Ordinal);
        Assert.Equal(before + 1, after);
    }

    private static double Count500(string exposition) => exposition.Split('\n')
        .Where(l => l.StartsWith("http_requests_received_total{", StringComparison.Ordinal) && l.Contains("code=\"500\"", StringComparison.Ordinal))
        .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));

    private static Task<HttpHostHarness> CreateSutAsync() => HttpHostHarness.StartAsync();
}
