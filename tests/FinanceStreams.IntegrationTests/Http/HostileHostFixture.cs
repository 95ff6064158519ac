namespace FinanceStreams.IntegrationTests.Http;

/// <summary>One host for the hostile-input suite: a bucket with figures, limits high enough not to throttle the suite, a 1.5 s body grace.</summary>
public sealed class HostileHostFixture : IAsyncLifetime
{
    internal HttpHostHarness Sut { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sut = await HttpHostHarness.StartAsync(permits: 100_000, configure: o => o with { BodyTimeout = TimeSpan.FromSeconds(1.5), FailedAuthPermits = 100_000 });
        Sut.Budgets.Set(BucketData.CostCenter, BucketData.Year, BucketData.Period, BucketData.Lookup(consumed: 500m));
    }

    public async Task DisposeAsync() => await Sut.DisposeAsync();
}
