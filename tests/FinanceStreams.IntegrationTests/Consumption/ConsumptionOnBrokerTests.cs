using Confluent.SchemaRegistry;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.IntegrationTests.Budget;
using FinanceStreams.IntegrationTests.Infrastructure;
using FinanceStreams.SchemaRegistry;
using FinanceStreams.Streaming.Clients;
using FinanceStreams.Streaming.Provisioning;
using FinanceStreams.Tests.Infrastructure;
using FinanceStreams.Tests.Property;
using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Consumption;
using FinanceStreams.Topologies.Consumption.Bucketing;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.SerDes;
using Streamiz.Kafka.Net.State;
using Xunit.Abstractions;

namespace FinanceStreams.IntegrationTests.Consumption;

/// <summary>The Streamiz budget topology on the broker: two instances, three partitions, a randomized history.</summary>
[Collection(StreamizKafkaCollection.Name)]
public sealed class ConsumptionOnBrokerTests(KafkaCluster cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task RandomHistory_TwoInstancesThreePartitions_EveryBucketEqualsTheBatchComputation()
    {
        var history = BudgetBrokerHistory.Pick();
        await using var registry = await SchemaRegistryServer.StartAsync(new SchemaRegistryOptions(0, Path.Combine(Path.GetTempPath(), $"budget-reg-{Guid.NewGuid():N}")));
        using var serdes = ContractSerdes.Create(new SchemaRegistryConfig { Url = registry.Url.ToString() });
        var applicationId = $"{ConsumptionTopology.ApplicationId}-{Guid.NewGuid():N}";
        var topology = Build(serdes);
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([.. Topics.All, .. InternalTopics.Of(topology, applicationId, Topics.Partitions)]);
        }

        using var first = await StartAsync(serdes, applicationId);
        using var second = await StartAsync(serdes, applicationId);
        history.WriteTo(cluster.BootstrapServers, serdes);

        using var outputs = new PipelineOutputs(cluster.BootstrapServers, serdes, Topics.BudgetConsumption.Name);
        var failure = await outputs.AwaitAsync(o => BudgetHistory.Compare(history.Expected, o.Buckets), TimeSpan.FromSeconds(120));
        output.WriteLine($"seed {history.Seed}: {history.Events.Count} events, {history.Expected.Count} buckets");
        Assert.True(failure is null, $"seed {history.Seed}: {failure}");
        Assert.Null(DocumentIndexCheck.Compare([BucketStore(first), BucketStore(second)]));
    }

    private static IReadOnlyKeyValueStore<string, byte[]> BucketStore(KafkaStream instance) =>
        instance.Store(StoreQueryParameters.FromNameAndType(BucketStage.StateStore, QueryableStoreTypes.KeyValueStore<string, byte[]>()));

    private static Streamiz.Kafka.Net.Stream.Topology Build(ContractSerdes serdes)
    {
        var builder = new StreamBuilder();
        ConsumptionTopology.Build(builder, BudgetOptions.With(serdes));
        return builder.Build();
    }

    private async Task<KafkaStream> StartAsync(ContractSerdes serdes, string applicationId)
    {
        var config = new StreamConfig<StringSerDes, StringSerDes>
        {
            ApplicationId = applicationId,
            BootstrapServers = cluster.BootstrapServers,
            StateDir = Path.Combine(Path.GetTempPath(), $"budget-{Guid.NewGuid():N}"),
            CommitIntervalMs = 200,
            SessionTimeoutMs = 6000,
            HeartbeatIntervalMs = 1000,
            AutoOffsetReset = Confluent.Kafka.AutoOffsetReset.Earliest,
            Partitioner = Confluent.Kafka.Partitioner.Murmur2Random,
            MaxPollRestoringRecords = 10_000,
            DeserializationExceptionHandler = (_, record, error) =>
            {
                output.WriteLine($"unreadable record on {record.Topic} [{record.Partition}] @{record.Offset}: {error.Message}");
                return ExceptionHandlerResponse.CONTINUE;
            },
        };
        var stream = new KafkaStream(Build(serdes), config, new GuardedKafkaSupplier(config));
        await stream.StartAsync();
        return stream;
    }
}
