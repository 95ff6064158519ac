using System.Net;
using FinanceStreams.Host.Http;
using Microsoft.Extensions.Time.Testing;

namespace FinanceStreams.IntegrationTests.Http;

public sealed class ReadinessTests
{
    [Fact]
    public async Task Ready_HoldsNoBucketPartition_Returns503SayingSo()
    {
        await using var sut = await HttpHostHarness.StartAsync();
        sut.Budgets.HoldsPartitions = false;

        var response = await sut.Client().GetAsync("health/ready");
        var json = await HttpHostHarness.JsonAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("partition", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Ready_BrokerLost_Returns503()
    {
        await using var sut = await HttpHostHarness.StartAsync();
        sut.Broker.IsReachable = false;

        var response = await sut.Client().GetAsync("health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("broker", (await HttpHostHarness.JsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_PartitionAssignedAndBrokerBack_Returns200()
    {
        await using var sut = await HttpHostHarness.StartAsync();
        sut.Budgets.HoldsPartitions = false;
        sut.Broker.IsReachable = false;
        var before = await sut.Client().GetAsync("health/ready");
        sut.Budgets.HoldsPartitions = true;
        sut.Broker.IsReachable = true;

        var after = await sut.Client().GetAsync("health/ready");

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), (before.StatusCode, after.StatusCode));
    }

    [Fact]
    public async Task GetBudget_HoldsNoPartition_Returns503NotA421NamingItself()
    {
        await using var sut = await HttpHostHarness.StartAsync();
        sut.Budgets.HoldsPartitions = false;

        var response = await sut.BudgetAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public void BrokerProbe_NoAnswerForLongerThanStaleAfter_NotReachable()
    {
        var time = new FakeTimeProvider();
        var answers = true;
        using var sut = new KafkaBrokerProbe(() => answers, time);
        time.Advance(KafkaBrokerProbe.Interval);
        var before = sut.IsReachable;
        answers = false;

        time.Advance(KafkaBrokerProbe.StaleAfter + KafkaBrokerProbe.Interval);

        Assert.True(before);
        Assert.False(sut.IsReachable);
    }

    [Fact]
    public void BrokerProbe_AnswersAgain_ReachableAtNextProbe()
    {
        var time = new FakeTimeProvider();
        var answers = false;
        using var sut = new KafkaBrokerProbe(() => answers, time);
        time.Advance(KafkaBrokerProbe.StaleAfter + KafkaBrokerProbe.Interval);
        var lost = sut.IsReachable;
        answers = true;

        time.Advance(KafkaBrokerProbe.Interval);

        Assert.False(lost);
        Assert.True(sut.IsReachable);
    }
}
