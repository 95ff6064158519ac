using System.Net;

namespace FinanceStreams.IntegrationTests.Http;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Live_NotReady_Returns200()
    {
        await using var sut = await CreateSutAsync(ready: false);

        var response = await sut.Client().GetAsync("health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_WhileRestoring_Returns503WithRetryAfter()
    {
        await using var sut = await CreateSutAsync(ready: false);

        var response = await sut.Client().GetAsync("health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Ready_TransitionsReadyThenRestoring_Returns200Then503()
    {
        await using var sut = await CreateSutAsync(ready: false);
        var client = sut.Client();

        var before = await client.GetAsync("health/ready");
        sut.Readiness.IsReady = true;
        var ready = await client.GetAsync("health/ready");
        sut.Readiness.IsReady = false;
        var after = await client.GetAsync("health/ready");

        Assert.Equal(
            [HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable],
            new[] { before.StatusCode, ready.StatusCode, after.StatusCode });
    }

    private static async Task<HttpHostHarness> CreateSutAsync(bool ready)
    {
        var sut = await HttpHostHarness.StartAsync();
        sut.Readiness.IsReady = ready;
        return sut;
    }
}
