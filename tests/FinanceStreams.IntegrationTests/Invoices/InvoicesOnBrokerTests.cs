using Confluent.SchemaRegistry;
using finance.matching;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.IntegrationTests.Budget;
using FinanceStreams.Host.Streams;
using FinanceStreams.IntegrationTests.Infrastructure;
using FinanceStreams.SchemaRegistry;
using FinanceStreams.Tests.Property;
using FinanceStreams.Topologies.Invoices;
using Xunit.Abstractions;

namespace FinanceStreams.IntegrationTests.Invoices;

/// <summary>
/// The invoice property on the broker: a random history (shuffled, with stale versions and replays) through
/// the invoice topology running as two instances over three partitions per topic gives every invoice the
/// status of the independent batch computation (<see cref="InvoiceAgreement"/>), posts every matched invoice
/// once and no command id twice.
/// </summary>
[Collection(PropertyKafkaCollection.Name)]
public sealed class InvoicesOnBrokerTests(KafkaCluster cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task RandomHistory_TwoInstancesThreePartitions_StatusesAndCommandsEqualTheBatchComputation()
    {
        var (seed, history, expected) = Enumerable.Range(1, 100)
            .Select(s => (Seed: s, History: new InvoiceHistoryGenerator(new Random(s)).Generate()))
            .Select(h => (h.Seed, h.History, Expected: InvoiceOracle.Compute(h.History.Final, h.History.FinalStreamTime)))
            .First(h => h.Expected.Invoices.Values.Count(i => i.Postable) >= 2 && h.Expected.Invoices.Values.Any(i => i.Status == InvoiceMatchStatus.DUPLICATE));
        await using var registry = await SchemaRegistryServer.StartAsync(new SchemaRegistryOptions(0, Directory.CreateTempSubdirectory("invoice-reg-").FullName));
        using var serdes = ContractSerdes.Create(new SchemaRegistryConfig { Url = registry.Url.ToString() });
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([.. Topics.All]);
        }

        using var first = await StartAsync(serdes);
        using var second = await StartAsync(serdes);
        using (var sink = new BrokerCdcSink(cluster.BootstrapServers, serdes))
        {
            foreach (var delivery in history.Deliveries)
            {
                sink.Put(delivery.Event.Row, delivery.Event.Lsn, DebeziumOp.Update);
            }
        }

        using var outputs = new PipelineOutputs(cluster.BootstrapServers, serdes, Topics.InvoiceStatus.Name, Topics.PostingCommands.Name);
        var failure = await outputs.AwaitAsync(
            o => InvoiceAgreement.RepeatedCommand(o.Commands, copiesAllowed: false) ?? InvoiceAgreement.Compare(expected, o.Statuses, o.Commands),
            TimeSpan.FromSeconds(150));
        output.WriteLine($"seed {seed}: {history.Deliveries.Count} deliveries, {expected.Invoices.Count} invoices");
        Assert.True(failure is null, $"seed {seed}: {failure}\n{history.Describe()}");
        Assert.Null(first.Failure);
        Assert.Null(second.Failure);
    }

    private Task<StreamizPipeline> StartAsync(ContractSerdes serdes) => TopologyRun.StartAsync(cluster, serdes, "invoices", InvoiceTopology.ApplicationId);
}
