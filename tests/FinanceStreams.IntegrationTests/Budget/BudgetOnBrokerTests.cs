using Confluent.SchemaRegistry;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Cdc;
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
        var (seed, events, expected) = Enumerable.Range(1, 100)
            .Select(s => (Seed: s, Events: new HistoryGenerator(new Random(s)).Generate()))
            .Select(h => (h.Seed, h.Events, Expected: BudgetOracle.Compute(BudgetHistory.Final(h.Events))))
            .First(h => h.Expected.Count >= 4 && h.Expected.Values.Any(b => b.Commitment != 0m) && h.Expected.Values.Any(b => b.Actual != 0m));
        var random = new Random(seed * 7919);
        await using var registry = await SchemaRegistryServer.StartAsync(new SchemaRegistryOptions(0, Path.Combine(Path.GetTempPath(), $"budget-reg-{Guid.NewGuid():N}")));
        using var serdes = ContractSerdes.Create(new SchemaRegistryConfig { Url = registry.Url.ToString() });
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([.. Topics.All]);
        }

        await using var first = await StartAsync(serdes);
        await using var second = await StartAsync(serdes);
        using (var sink = new BrokerCdcSink(cluster.BootstrapServers, serdes))
        {
            foreach (var (e, tombstone) in BudgetHistory.Interleave(events, random))
            {
                if (e.Delete)
                {
                    sink.Delete(e.Row, e.Lsn, tombstone);
                }
                else
                {
                    sink.Put(e.Row, e.Lsn, random.Next(4) == 0 ? DebeziumOp.Read : DebeziumOp.Update);
                }
            }
        }

        using var outputs = new PipelineOutputs(cluster.BootstrapServers, serdes, Topics.BudgetConsumption.Name);
        var failure = await outputs.AwaitAsync(o => BudgetHistory.Compare(expected, o.Buckets), TimeSpan.FromSeconds(120));
        output.WriteLine($"seed {seed}: {events.Count} events, {expected.Count} buckets");
        Assert.True(failure is null, $"seed {seed}: {failure}");
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
