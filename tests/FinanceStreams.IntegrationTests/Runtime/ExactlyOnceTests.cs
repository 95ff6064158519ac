using FinanceStreams.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace FinanceStreams.IntegrationTests.Runtime;

/// <summary>The exactly_once_v2 guarantee: transactional producer per thread, outputs, changelogs, checkpoints and offsets in one transaction.</summary>
[Collection(KafkaCollection.Name)]
public sealed class ExactlyOnceTests(KafkaCluster cluster, ITestOutputHelper output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task ExactlyOnceV2_WithoutFailures_TotalsAreExact()
    {
        await using var harness = new SampleAppHarness(cluster, "ExactlyOnceV2");
        await harness.CreateTopicsAsync();
        using var stop = new CancellationTokenSource();
        var instance = harness.StartInstance();
        var feeding = harness.ProducePaymentsAsync(perBatch: 100, pause: TimeSpan.FromMilliseconds(100), stop.Token);
        await SampleAppHarness.WaitUntilRunningAsync(instance, StartTimeout);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        await feeding;

        var report = await harness.AwaitReportAsync(TimeSpan.FromSeconds(90));
        output.WriteLine(instance.Output);
        Assert.Equal(harness.Expected, report);
    }

    [RealBrokerFact]
    public async Task ExactlyOnceV2_KilledRepeatedlyWhileInputFlows_FinalTotalsAreExact()
    {
        await using var harness = new SampleAppHarness(cluster, "ExactlyOnceV2");
        await harness.CreateTopicsAsync();
        using var stop = new CancellationTokenSource();
        var feeding = harness.ProducePaymentsAsync(perBatch: 50, pause: TimeSpan.FromMilliseconds(150), stop.Token);
        var current = harness.StartInstance();
        for (var crash = 0; crash < 3; crash++)
        {
            await SampleAppHarness.WaitUntilRunningAsync(current, StartTimeout);
            await Task.Delay(TimeSpan.FromMilliseconds(800 + (crash * 600)));
            Assert.Equal(0, Signals.Kill(current.Id, Signals.KillSignal));
            current = harness.StartInstance();
        }

        await SampleAppHarness.WaitUntilRunningAsync(current, StartTimeout);
        await stop.CancelAsync();
        await feeding;
        var report = await harness.AwaitReportAsync(TimeSpan.FromSeconds(120));
        output.WriteLine(current.Output);
        Assert.Equal(harness.Expected, report);
    }
}
