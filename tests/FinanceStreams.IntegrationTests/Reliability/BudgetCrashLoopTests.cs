using Xunit.Abstractions;

namespace FinanceStreams.IntegrationTests.Reliability;

/// <summary>
/// The budget topology's own crash loop: one instance running the budget topology alone, SIGKILLed at random
/// points while the simulator produces and restarted at once on the state directory it left, again and again.
/// In the end every bucket equals the batch computation: no replayed batch counted twice, none lost.
/// </summary>
[Trait("Category", "Faults")]
public sealed class BudgetCrashLoopTests(ITestOutputHelper output)
{
    [Fact]
    public async Task BudgetAloneKilledAndRestartedOnItsStateWhileTheSimulatorProduces_EveryBucketEqualsTheBatchComputation()
    {
        var profile = ReliabilityProfile.Current;
        var random = new Random(2027);
        await using var scenario = await PipelineScenario.StartAsync(output, budgetOnly: true);
        var instance = await scenario.StartInstanceAsync();
        var producing = scenario.SimulateAsync(profile.Simulation(seed: 47));
        for (var fault = 0; fault < profile.Faults * 2; fault++)
        {
            await Task.Delay(profile.NextPause(random) / 2);
            instance.Kill();
            output.WriteLine($"killed {instance.Name}{(producing.IsCompleted ? " after production ended" : "")}");
            instance = await scenario.StartInstanceAsync(instance.StateDirectory);
        }

        var summary = await producing;
        output.WriteLine($"simulator: {summary.Events} events, {summary.Cases} cases");
        var failure = await scenario.AgreementAsync(profile.Settle);
        Assert.True(failure is null, failure);
    }
}
