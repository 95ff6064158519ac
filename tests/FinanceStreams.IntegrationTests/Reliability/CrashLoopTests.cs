using Xunit.Abstractions;

namespace FinanceStreams.IntegrationTests.Reliability;

/// <summary>
/// Crash loop: two pipeline processes, SIGKILLed one at a time at random points while the simulator produces;
/// each victim is replaced at once, half of the time on the state directory it left (a restarted machine),
/// half of the time on an empty one (a lost machine). In the end every output equals the batch computation.
/// </summary>
[Trait("Category", "Faults")]
public sealed class CrashLoopTests(ITestOutputHelper output)
{
    [Fact]
    public async Task KilledAtRandomPointsWhileTheSimulatorProduces_EveryOutputEqualsTheBatchComputation()
    {
        var profile = ReliabilityProfile.Current;
        var random = new Random(1009);
        await using var scenario = await PipelineScenario.StartAsync(output);
        List<PipelineInstance> running = [await scenario.StartInstanceAsync(), await scenario.StartInstanceAsync()];
        var producing = scenario.SimulateAsync(profile.Simulation(seed: 31));
        for (var fault = 0; fault < profile.Faults; fault++)
        {
            await Task.Delay(profile.NextPause(random));
            var victim = running[random.Next(running.Count)];
            victim.Kill();
            output.WriteLine($"killed {victim.Name}{(producing.IsCompleted ? " after production ended" : "")}");
            running.Remove(victim);
            running.Add(await scenario.StartInstanceAsync(random.Next(2) == 0 ? victim.StateDirectory : null));
        }

        var summary = await producing;
        output.WriteLine($"simulator: {summary.Events} events, {summary.Cases} cases, {summary.AnomalyCases} with an anomaly");
        var failure = await scenario.AgreementAsync(profile.Settle);
        Assert.True(failure is null, failure);
    }
}
