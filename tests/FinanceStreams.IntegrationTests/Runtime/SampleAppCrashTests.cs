using FinanceStreams.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace FinanceStreams.IntegrationTests.Runtime;

/// <summary>
/// The runtime under failure, in separate processes on the cluster: instances are killed with SIGKILL
/// while they process and while input flows, and the final totals must still be exact (nothing lost,
/// nothing applied twice). Each kill happens only after the instance runs tasks, so it lands mid-stream.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class SampleAppCrashTests(KafkaCluster cluster, ITestOutputHelper output)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task TwoInstances_OneKilledMidStream_SurvivorRestoresAndTotalsAreExact()
    {
        await using var harness = new SampleAppHarness(cluster);
        await harness.CreateTopicsAsync();
        using var stop = new CancellationTokenSource();
        var feeding = harness.ProducePaymentsAsync(perBatch: 50, pause: TimeSpan.FromMilliseconds(200), stop.Token);
        var doomed = harness.StartInstance();
        await SampleAppHarness.WaitUntilRunningAsync(doomed, StartTimeout);
        var survivor = harness.StartInstance();
        await SampleAppHarness.WaitUntilRunningAsync(survivor, StartTimeout);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(0, Signals.Kill(doomed.Id, Signals.KillSignal));
        await Task.Delay(TimeSpan.FromSeconds(10)); // the group notices the loss; the survivor takes over
        await stop.CancelAsync();
        await feeding;

        var report = await harness.AwaitReportAsync(Settle);
        output.WriteLine(survivor.Output);
        Assert.Equal(harness.Expected, report);
        Assert.False(survivor.HasExited, survivor.Output);
        Assert.Contains("from checkpoint batch", survivor.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AtLeastOnce_KilledRepeatedlyWhileInputFlows_FinalTotalsAreExact()
    {
        await using var harness = new SampleAppHarness(cluster);
        await harness.CreateTopicsAsync();
        using var stop = new CancellationTokenSource();
        var feeding = harness.ProducePaymentsAsync(perBatch: 50, pause: TimeSpan.FromMilliseconds(150), stop.Token);
        var current = harness.StartInstance();
        var random = new Random(7);
        for (var crash = 0; crash < 3; crash++)
        {
            await SampleAppHarness.WaitUntilRunningAsync(current, StartTimeout);
            await Task.Delay(TimeSpan.FromMilliseconds(800 + random.Next(1500)));
            Assert.Equal(0, Signals.Kill(current.Id, Signals.KillSignal));
            current = harness.StartInstance();
        }

        await SampleAppHarness.WaitUntilRunningAsync(current, StartTimeout);
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await feeding;
        var report = await harness.AwaitReportAsync(Settle);
        output.WriteLine(current.Output);
        Assert.Equal(harness.Expected, report);
        Assert.Contains("from checkpoint batch", current.Output, StringComparison.Ordinal);
    }
}
