using System.Text;
using Confluent.Kafka;
using Confluent.SchemaRegistry;
using finance.budgeting;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.IntegrationTests.Infrastructure;
using FinanceStreams.SchemaRegistry;
using StreamKit.Admin;
using StreamKit.Dsl;
using StreamKit.Errors;
using StreamKit.Runtime;
using StreamKit.Serialization;

namespace FinanceStreams.IntegrationTests.Runtime;

/// <summary>A CDC record in Confluent's Avro wire format naming a schema id the registry does not know goes to the dead letters; JSON records around it flow.</summary>
[Collection(KafkaCollection.Name)]
public sealed class UnknownSchemaDeadLetterTests(KafkaCluster cluster)
{
    [Fact]
    public async Task DebeziumInput_UnknownSchemaId_IsDeadLetteredAndNeighboursAreProcessed()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var (input, output, dlq) = ($"it{run}.budgeting.public.cost_centers", $"it{run}.names", $"it{run}.dlq");
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([new TopicSpec(input, 1), new TopicSpec(output, 1), new TopicSpec(dlq, 1)]);
        }

        await using var registry = await SchemaRegistryServer.StartAsync(new SchemaRegistryOptions(0, Path.Combine(Path.GetTempPath(), $"reg-{run}")));
        using var serdes = ContractSerdes.Create(new SchemaRegistryConfig { Url = registry.Url.ToString() });
        var builder = new StreamsBuilder($"unknown-schema-{run}");
        builder.Stream(input, Consumed<string, DebeziumEnvelope<CostCenter>>.With(Serdes.String, serdes.Debezium<CostCenter, CostCenterEnvelope>()))
            .MapValues((_, e) => e.After!.name, Serdes.String, "name")
            .To(output);
        var config = new StreamsConfig($"unknown-schema-{run}", cluster.BootstrapServers)
        {
            DevBrokerControlUrl = cluster.DevBrokerControlUrl,
            RecordErrors = RecordErrorHandling.DeadLetter(dlq),
            StateDirectory = Path.Combine(Path.GetTempPath(), $"state-{run}"),
            CommitInterval = TimeSpan.FromMilliseconds(100),
        };
        await using var streams = new KafkaStreams(builder.Build(), config);
        await streams.StartAsync();

        using var producer = new ProducerBuilder<string, byte[]>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build();
        await producer.ProduceAsync(input, new Message<string, byte[]> { Key = "CC-1", Value = Json("CC-1", "Marketing", 1) });
        await producer.ProduceAsync(input, new Message<string, byte[]> { Key = "CC-X", Value = [0, 0, 0, 0x27, 0x0F, 2, 4, 6] }); // schema id 9999
        await producer.ProduceAsync(input, new Message<string, byte[]> { Key = "CC-2", Value = Json("CC-2", "IT", 2) });

        Assert.Equal(["Marketing", "IT"], TopicReader.Read(cluster, output, 2).Select(r => Encoding.UTF8.GetString(r.Value)));
        var dead = Assert.Single(TopicReader.Read(cluster, dlq, 1));
        Assert.Equal("CC-X", dead.Key);
        var error = dead.Headers.LastString("dlq.error.message")!;
        Assert.Contains("9999", error, StringComparison.Ordinal);
        Assert.Null(streams.Failure);
    }

    private static byte[] Json(string id, string name, long lsn) => Encoding.UTF8.GetBytes($$"""
        {"before":null,"after":{"cost_center":"{{id}}","company_code":"1000","name":"{{name}}","budget_currency":"EUR","control_level":"ABSOLUTE","warning_pct":"90","tolerance_pct":"0","tolerance_amount":"0.00","active":true},
         "source":{"name":"budgeting","table":"cost_centers","lsn":{{lsn}},"ts_ms":1773568800000,"snapshot":null},"op":"c","ts_ms":1773568800000}
        """);
}
