using System.Net;

namespace FinanceStreams.IntegrationTests.Http;

public sealed class RateLimitingTests
{
    [Fact]
    public async Task GetBudget_OverPermitsInWindow_Returns429WithRetryAfter()
    {
        await using var sut = await CreateSutAsync(permits: 2);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await sut.BudgetAsync();
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(429, (await HttpHostHarness.JsonAsync(last)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task GetBudget_OtherKeyExhausted_OwnWindowStillServed()
    {
        await using var sut = await CreateSutAsync(permits: 1);
        await sut.BudgetAsync(HttpHostHarness.ReaderSecret);
        var exhausted = await sut.BudgetAsync(HttpHostHarness.ReaderSecret);

        var other = await sut.BudgetAsync(HttpHostHarness.CheckerSecret);

        Assert.Equal(HttpStatusCode.TooManyRequests, exhausted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private static async Task<HttpHostHarness> CreateSutAsync(int permits)
    {
        var sut = await HttpHostHarness.StartAsync(permits);
        sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BucketData.Lookup(consumed: 500m));
        return sut;
    }
}
