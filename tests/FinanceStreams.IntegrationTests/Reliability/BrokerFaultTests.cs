using Xunit.Abstractions;

namespace FinanceStreams.IntegrationTests.Reliability;

/// <summary>
/// Broker faults while the simulator produces, on a local three-broker cluster of the test's own (its control
/// endpoint takes brokers down; a real cluster's brokers are not the test's to stop): one broker down and up
/// again, then every broker down and up again, in turn. Producer, pipeline and checker must ride them out,
/// and in the end every output equals the batch computation.
/// </summary>
[Trait("Category", "Faults")]
public sealed class BrokerFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task BrokersDownAndUpWhileTheSimulatorProduces_EveryOutputEqualsTheBatchComputation()
    {
        var profile = ReliabilityProfile.Current;
        var random = new Random(3001);
        await using var scenario = await PipelineScenario.StartAsync(output, localBroker: true);
        await scenario.StartInstanceAsync();
        await scenario.StartInstanceAsync();
        var producing = scenario.SimulateAsync(profile.Simulation(seed: 41));
        for (var fault = 0; fault < profile.Faults; fault++)
        {
            await Task.Delay(profile.NextPause(random));
            var broker = fault % 2 == 0 ? 1 + random.Next(3) : -1;
            await scenario.SetBrokerAsync(broker, up: false);
            await Task.Delay(TimeSpan.FromSeconds(2 + random.Next(4)));
            await scenario.SetBrokerAsync(broker, up: true);
        }

        await producing;
        var failure = await scenario.AgreementAsync(profile.Settle);
        Assert.True(failure is null, failure);
    }
}
