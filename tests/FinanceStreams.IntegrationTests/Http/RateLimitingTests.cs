using System.Net;

namespace FinanceStreams.IntegrationTests.Http;

public sealed class RateLimitingTests
{
    [Fact]
    public async Task GetBudget_OverPermitsInWindow_Returns429ProblemWithRetryAfter()
    {
        await using var sut = await CreateSutAsync(permits: 2);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await sut.BudgetAsync();
            statuses.Add(last.StatusCode);
        }

        var json = await HttpHostHarness.JsonAsync(last);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(429, json.GetProperty("status").GetInt32());
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc6585#section-4", json.GetProperty("type").GetString());
        Assert.True(json.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task GetBudget_ThrottledFourMinutesIntoATenMinuteWindow_RetryAfterIsTheSixMinutesLeft()
    {
        await using var sut = await CreateSutAsync(permits: 1);
        await sut.BudgetAsync();
        sut.Time.Advance(TimeSpan.FromMinutes(4));

        var throttled = await sut.BudgetAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(6), throttled.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task GetBudget_WindowOver_ServedAgain()
    {
        await using var sut = await CreateSutAsync(permits: 1);
        await sut.BudgetAsync();
        var throttled = await sut.BudgetAsync();
        sut.Time.Advance(TimeSpan.FromMinutes(10));

        var again = await sut.BudgetAsync();

        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.OK), (throttled.StatusCode, again.StatusCode));
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

    [Fact]
    public async Task GetBudget_ConcurrentBurstOnOneKey_ExactlyItsPermitsServedAndOtherKeyUnaffected()
    {
        await using var sut = await CreateSutAsync(permits: 10);
        var reader = sut.Client(HttpHostHarness.ReaderSecret);
        var checker = sut.Client(HttpHostHarness.CheckerSecret);
        const string Path = $"api/v1/budgets/{BucketData.CostCenter}/2025/3";

        var burst = Enumerable.Range(0, 40).Select(_ => reader.GetAsync(Path)).ToList();
        var others = Enumerable.Range(0, 10).Select(_ => checker.GetAsync(Path)).ToList();
        var answers = await Task.WhenAll(burst);
        var otherAnswers = await Task.WhenAll(others);

        Assert.Equal(10, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(30, answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.All(otherAnswers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
    }

    [Fact]
    public async Task GetBudget_KeyAndTokenSubjectWithTheSameName_DoNotShareALimit()
    {
        await using var sut = await CreateSutAsync(permits: 1);
        await sut.BudgetAsync(HttpHostHarness.CheckerSecret); // key id "portal"
        var exhausted = await sut.BudgetAsync(HttpHostHarness.CheckerSecret);

        var token = await sut.BearerClient(TestTokens.Mint(subject: "portal")).GetAsync($"api/v1/budgets/{BucketData.CostCenter}/2025/3");

        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.OK), (exhausted.StatusCode, token.StatusCode));
    }

    [Fact]
    public async Task GetBudget_WrongKeyGuesses_ThrottledPerAddressWith429()
    {
        await using var sut = await CreateSutAsync(permits: 1_000, failedAuthPermits: 5);
        var guesser = sut.Client("guess");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await guesser.GetAsync($"api/v1/budgets/{BucketData.CostCenter}/2025/3")).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)], statuses);
    }

    [Fact]
    public async Task PostCheck_GuessesWithoutAnyKey_ThrottledAndRetryAfterIsTimeLeft()
    {
        await using var sut = await CreateSutAsync(permits: 1_000, failedAuthPermits: 2);
        var anonymous = sut.Client();
        await anonymous.PostAsync("api/v1/budget-checks", null);
        await anonymous.PostAsync("api/v1/budget-checks", null);
        sut.Time.Advance(TimeSpan.FromSeconds(45));

        var throttled = await anonymous.PostAsync("api/v1/budget-checks", null);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(15), throttled.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task GetBudget_GuessesExhaustedTheAddress_ValidKeyFromItStillServed()
    {
        await using var sut = await CreateSutAsync(permits: 1_000, failedAuthPermits: 2);
        for (var i = 0; i < 4; i++)
        {
            await sut.BudgetAsync(secret: "guess");
        }

        var valid = await sut.BudgetAsync();

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
    }

    [Fact]
    public async Task Health_ManyAnonymousProbes_NeverThrottled()
    {
        await using var sut = await CreateSutAsync(permits: 1_000, failedAuthPermits: 1);
        var client = sut.Client();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.GetAsync("health/live")));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s.StatusCode));
    }

    private static async Task<HttpHostHarness> CreateSutAsync(int permits, int failedAuthPermits = 1_000)
    {
        var sut = await HttpHostHarness.StartAsync(permits, o => o with { FailedAuthPermits = failedAuthPermits });
        sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BucketData.Lookup(consumed: 500m));
        return sut;
    }
}
