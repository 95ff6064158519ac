using Confluent.SchemaRegistry;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.IntegrationTests.Infrastructure;
using FinanceStreams.SchemaRegistry;
using FinanceStreams.Tests.Property;
using FinanceStreams.Topologies.Budget;
using StreamKit.Dsl;
using StreamKit.Errors;
using StreamKit.Runtime;
using Xunit.Abstractions;

namespace FinanceStreams.IntegrationTests.Budget;

/// <summary>
/// The central property on the broker: a random history (with deletes, replays and redeliveries),
/// shuffled, through the budget topology running as two instances over three partitions per topic,
/// gives every bucket the independent batch computation over the final table states.
/// </summary>
[Collection(PropertyKafkaCollection.Name)]
public sealed class BudgetOnBrokerTests(KafkaCluster cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task RandomHistory_TwoInstancesThreePartitions_EveryBucketEqualsTheBatchComputation()
    {
        // the first seed whose history spans several buckets, so the comparison has something to prove
        var history = BudgetBrokerHistory.Pick();
        await using var registry = await SchemaRegistryServer.StartAsync(new SchemaRegistryOptions(0, Path.Combine(Path.GetTempPath(), $"budget-reg-{Guid.NewGuid():N}")));
        using var serdes = ContractSerdes.Create(new SchemaRegistryConfig { Url = registry.Url.ToString() });
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([.. Topics.All]);
        }

        await using var first = await StartAsync(serdes);
        await using var second = await StartAsync(serdes);
        history.WriteTo(cluster.BootstrapServers, serdes);

        using var outputs = new PipelineOutputs(cluster.BootstrapServers, serdes, Topics.BudgetConsumption.Name);
        var failure = await outputs.AwaitAsync(o => BudgetHistory.Compare(history.Expected, o.Buckets), TimeSpan.FromSeconds(120));
        output.WriteLine($"seed {history.Seed}: {history.Events.Count} events, {history.Expected.Count} buckets");
        Assert.True(failure is null, $"seed {history.Seed}: {failure}");
        Assert.Null(first.Failure);
        Assert.Null(second.Failure);
    }

    private async Task<KafkaStreams> StartAsync(ContractSerdes serdes)
    {
        var builder = new StreamsBuilder(BudgetTopology.ApplicationId);
        BudgetTopology.Build(builder, BudgetOptions.With(serdes));
        var streams = new KafkaStreams(builder.Build(), new StreamsConfig(BudgetTopology.ApplicationId, cluster.BootstrapServers)
        {
            DevBrokerControlUrl = cluster.DevBrokerControlUrl,
            StateDirectory = Path.Combine(Path.GetTempPath(), $"budget-{Guid.NewGuid():N}"),
            CommitInterval = TimeSpan.FromMilliseconds(200),
            RecordErrors = RecordErrorHandling.DeadLetter(Topics.DeadLetters.Name), // the shared topics also hold other tests' records, in other registries
        });
        await streams.StartAsync();
        return streams;
    }
}
