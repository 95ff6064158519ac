using FinanceStreams.Host.Http;

namespace FinanceStreams.IntegrationTests.Http;

public sealed class RequestLoggingTests
{
    [Fact]
    public async Task Request_KeyInQueryString_RejectedAndLoggedRedacted()
    {
        await using var sut = await HttpHostHarness.StartAsync();

        var response = await sut.Client().GetAsync($"api/v1/budgets/{BucketData.CostCenter}/2025/3?api_key={HttpHostHarness.ReaderSecret}&access_token=tok-123&period=3");

        var logged = string.Join("\n", sut.Logs.Lines);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(HttpHostHarness.ReaderSecret, logged, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-123", logged, StringComparison.Ordinal);
        Assert.Contains($"api_key={LogRedaction.Redacted}", logged, StringComparison.Ordinal);
        Assert.Contains("period=3", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_KeyAndTokenHeaders_LoggedRedacted()
    {
        await using var sut = await HttpHostHarness.StartAsync();
        var token = TestTokens.Mint();
        var client = sut.Client("wrong-secret-value");
        client.DefaultRequestHeaders.Add("X-Auth-Token", "header-token-456");
        client.DefaultRequestHeaders.Add("Cookie", "session=cookie-789");

        await client.GetAsync("health/live");
        await sut.BearerClient(token).GetAsync("health/live");

        var logged = string.Join("\n", sut.Logs.Lines);
        Assert.DoesNotContain("wrong-secret-value", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("header-token-456", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("cookie-789", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(token, logged, StringComparison.Ordinal);
        Assert.Contains($"X-Api-Key={LogRedaction.Redacted}", logged, StringComparison.Ordinal);
        Assert.Contains($"Authorization={LogRedaction.Redacted}", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_Answered_LoggedOnceWithStatusAndTraceId()
    {
        await using var sut = await HttpHostHarness.StartAsync();

        var response = await sut.Client().GetAsync("health/live");

        var traceId = response.Headers.GetValues(RequestTrace.Header).Single();
        Assert.Single(sut.Logs.Lines, l => l.Contains("GET /health/live answered 200", StringComparison.Ordinal) && l.Contains(traceId, StringComparison.Ordinal));
    }
}
