using FinanceStreams.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace FinanceStreams.IntegrationTests.Runtime;

/// <summary>
/// The runtime under failure, in separate processes on the cluster: instances are killed with SIGKILL
/// mid-stream and the final totals must still be exact (nothing lost, nothing applied twice).
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class SampleAppCrashTests(KafkaCluster cluster, ITestOutputHelper output)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task TwoInstances_OneKilledMidStream_SurvivorRestoresAndTotalsAreExact()
    {
        await using var harness = new SampleAppHarness(cluster);
        await harness.CreateTopicsAsync();
        var doomed = harness.StartInstance();
        var survivor = harness.StartInstance();

        var feeding = harness.ProducePaymentsAsync(count: 1500, perBatch: 100, pause: TimeSpan.FromMilliseconds(150));
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(0, Signals.Kill(doomed.Id, Signals.KillSignal));
        await feeding;

        var report = await harness.AwaitReportAsync(Settle);
        output.WriteLine(survivor.Output);
        Assert.Equal(harness.Expected, report);
        Assert.False(survivor.HasExited, survivor.Output);
    }

    [Fact]
    public async Task AtLeastOnce_KilledRepeatedlyWhileInputFlows_FinalTotalsAreExact()
    {
        await using var harness = new SampleAppHarness(cluster);
        await harness.CreateTopicsAsync();
        var current = harness.StartInstance();
        var feeding = harness.ProducePaymentsAsync(count: 3000, perBatch: 100, pause: TimeSpan.FromMilliseconds(100));
        for (var crash = 0; crash < 4; crash++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(1500 + (crash * 700)));
            Assert.Equal(0, Signals.Kill(current.Id, Signals.KillSignal));
            current = harness.StartInstance();
        }

        await feeding;
        var report = await harness.AwaitReportAsync(Settle);
        output.WriteLine(current.Output);
        Assert.Equal(harness.Expected, report);
    }
}
