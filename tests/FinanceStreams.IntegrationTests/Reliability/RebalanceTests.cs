using Xunit.Abstractions;

namespace FinanceStreams.IntegrationTests.Reliability;

/// <summary>
/// Scaling the Kafka way while the simulator produces: one instance, then three (tasks move to the new ones
/// and restore there), then one again (the two added ones stop gracefully and hand their tasks back), as often
/// as the profile says. In the end every output equals the batch computation.
/// </summary>
[Trait("Category", "Faults")]
public sealed class RebalanceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ScaledOneToThreeToOneWhileTheSimulatorProduces_EveryOutputEqualsTheBatchComputation()
    {
        var profile = ReliabilityProfile.Current;
        var random = new Random(2003);
        await using var scenario = await PipelineScenario.StartAsync(output);
        await scenario.StartInstanceAsync();
        var producing = scenario.SimulateAsync(profile.Simulation(seed: 37));
        for (var cycle = 0; cycle < Math.Max(1, profile.Faults / 2); cycle++)
        {
            await Task.Delay(profile.NextPause(random));
            var added = new[] { await scenario.StartInstanceAsync(), await scenario.StartInstanceAsync() };
            output.WriteLine("scaled to 3");
            await Task.Delay(profile.NextPause(random));
            await Task.WhenAll(added.Select(a => a.StopAsync()));
            output.WriteLine($"scaled to 1{(producing.IsCompleted ? " after production ended" : "")}");
        }

        await producing;
        var failure = await scenario.AgreementAsync(profile.Settle);
        Assert.True(failure is null, failure);
    }
}
