using Confluent.Kafka;
using Confluent.SchemaRegistry;
using finance.matching;
using finance.posting;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.IntegrationTests.Budget;
using FinanceStreams.IntegrationTests.Infrastructure;
using FinanceStreams.SchemaRegistry;
using FinanceStreams.Tests.Property;
using FinanceStreams.Topologies.Invoices;
using FinanceStreams.Topologies.Invoices.Posting;
using StreamKit.Dsl;
using StreamKit.Errors;
using StreamKit.Runtime;
using StreamKit.Serialization;
using Xunit.Abstractions;

namespace FinanceStreams.IntegrationTests.Invoices;

/// <summary>
/// The invoice property on the broker: a random history (shuffled, with stale versions and replays) through
/// the invoice topology running as two instances over three partitions per topic gives every invoice the
/// status of the independent batch computation, posts every matched invoice once and no command id twice.
/// Stream time is per task here, so an invoice that only waits for data may still be PENDING where the
/// batch says UNMATCHED (its task saw no later event); both are accepted for those.
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

        await using var first = await StartAsync(serdes);
        await using var second = await StartAsync(serdes);
        using (var sink = new BrokerCdcSink(cluster.BootstrapServers, serdes))
        {
            foreach (var delivery in history.Deliveries)
            {
                sink.Put(delivery.Event.Row, delivery.Event.Lsn, DebeziumOp.Update);
            }
        }

        var failure = await AwaitMatchAsync(serdes, expected, TimeSpan.FromSeconds(150));
        output.WriteLine($"seed {seed}: {history.Deliveries.Count} deliveries, {expected.Invoices.Count} invoices");
        Assert.True(failure is null, $"seed {seed}: {failure}\n{history.Describe()}");
        Assert.Null(first.Failure);
        Assert.Null(second.Failure);
    }

    private async Task<KafkaStreams> StartAsync(ContractSerdes serdes)
    {
        var builder = new StreamsBuilder(InvoiceTopology.ApplicationId);
        InvoiceTopology.Build(builder, InvoiceOptions.With(serdes) with { SettleTime = TimeSpan.FromSeconds(2) });
        var streams = new KafkaStreams(builder.Build(), new StreamsConfig(InvoiceTopology.ApplicationId, cluster.BootstrapServers)
        {
            DevBrokerControlUrl = cluster.DevBrokerControlUrl,
            StateDirectory = Directory.CreateTempSubdirectory("invoices-").FullName,
            CommitInterval = TimeSpan.FromMilliseconds(200),
            RecordErrors = RecordErrorHandling.DeadLetter(Topics.DeadLetters.Name), // the shared topics also hold other tests' records, in other registries
        });
        await streams.StartAsync();
        return streams;
    }

    private async Task<string?> AwaitMatchAsync(ContractSerdes serdes, ExpectedInvoices expected, TimeSpan timeout)
    {
        var statusValues = Topics.InvoiceStatus.ValueSerde(serdes);
        var commandValues = Topics.PostingCommands.ValueSerde(serdes);
        using var consumer = new ConsumerBuilder<byte[], byte[]?>(new ConsumerConfig { BootstrapServers = cluster.BootstrapServers, GroupId = $"invoice-check-{Guid.NewGuid():N}", AutoOffsetReset = AutoOffsetReset.Earliest }).Build();
        consumer.Subscribe([Topics.InvoiceStatus.Name, Topics.PostingCommands.Name]);
        var statuses = new Dictionary<string, InvoiceStatus>(StringComparer.Ordinal);
        var commands = new List<PostingCommand>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string? failure = "nothing read";
        while (clock.Elapsed < timeout && failure is not null)
        {
            var drained = false;
            while (consumer.Consume(TimeSpan.FromMilliseconds(300)) is { } r)
            {
                drained = true;
                if (r.Topic == Topics.InvoiceStatus.Name && r.Message.Value is { } status)
                {
                    var value = statusValues.Deserialize(status, SerdeContext.Value(r.Topic));
                    statuses[value.invoice_id] = value;
                }
                else if (r.Message.Value is { } command)
                {
                    commands.Add(commandValues.Deserialize(command, SerdeContext.Value(r.Topic)));
                }
            }

            failure = Compare(expected, statuses, commands);
            if (failure is not null && !drained)
            {
                await Task.Delay(500);
            }
        }

        consumer.Close();
        return failure;
    }

    private static string? Compare(ExpectedInvoices expected, Dictionary<string, InvoiceStatus> statuses, List<PostingCommand> commands)
    {
        if (commands.GroupBy(c => c.command_id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return $"command {twice.Key} issued {twice.Count()} times";
        }

        foreach (var (id, e) in expected.Invoices)
        {
            if (!statuses.TryGetValue(id, out var actual))
            {
                return $"{id}: no status yet; expected {e}";
            }

            var waitingOnly = e.Reasons.Count > 0 && e.Reasons.All(r => r is MatchReason.PO_LINE_NOT_FOUND or MatchReason.NOT_RECEIVED);
            var statusOk = actual.status == e.Status || (waitingOnly && actual.status is InvoiceMatchStatus.PENDING or InvoiceMatchStatus.UNMATCHED);
            var reasons = actual.findings.Select(f => f.reason).Distinct().Order().ToList();
            if (!statusOk || !reasons.SequenceEqual(e.Reasons) || (e.Status == InvoiceMatchStatus.DUPLICATE && actual.original_invoice_id != e.OriginalId))
            {
                return $"{id}: expected {e}; actual {actual.status} [{string.Join(",", reasons)}]";
            }

            if (e.Postable && !commands.Any(c => c.command_id == CommandIds.Posting(id) && c.document_type == PostingDocumentType.KR))
            {
                return $"{id}: matched but not posted yet";
            }
        }

        return null;
    }
}
