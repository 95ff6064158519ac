using System.Text;
using Confluent.Kafka;
using Confluent.SchemaRegistry;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Host.Demo;
using FinanceStreams.IntegrationTests.Infrastructure;
using FinanceStreams.SchemaRegistry;
using FinanceStreams.Topologies.Consumption;
using FinanceStreams.Topologies.Invoices;
using FinanceStreams.Streaming.DeadLetters;

namespace FinanceStreams.IntegrationTests.Reliability;

/// <summary>
/// Bad input on the source topics (domain.md §9): garbage bytes, an unknown schema id, a missing required field,
/// a wrong type, an impossible date, a negative quantity, a string of almost a megabyte. Each goes to
/// <c>finance.dlq</c> with its reason; the good record among them is processed and the pipeline keeps going.
/// </summary>
[Collection(PipelineKafkaCollection.Name)]
public sealed class BadInputTests(KafkaCluster cluster)
{
    [Fact]
    public async Task Every_bad_record_is_dead_lettered_with_its_reason_and_the_good_one_flows()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        await using var registry = await SchemaRegistryServer.StartAsync(new SchemaRegistryOptions(0, Directory.CreateTempSubdirectory("bad-reg-").FullName));
        using var serdes = ContractSerdes.Create(new SchemaRegistryConfig { Url = registry.Url.ToString() });
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([.. Topics.All]);
        }

        // both topologies, as run starts them: a bad record on a topic both read is dead-lettered once by each, naming it
        using var streams = await TopologyRun.StartAsync(cluster, serdes, "invoices", InvoiceTopology.ApplicationId);
        using var budget = await TopologyRun.StartAsync(cluster, serdes, "budget", ConsumptionTopology.ApplicationId);

        var at = DateTimeOffset.UtcNow;
        string Id(string what) => $"{run}-{what}";
        object Invoice(string id) => new
        {
            invoice_id = id, supplier_id = "S-X", supplier_invoice_number = id, company_code = "1000", invoice_date = "2026-03-20", currency = "EUR",
            net_amount = "10.00", tax_amount = "0.00", gross_amount = "10.00", po_id = (string?)null, status = "RECEIVED", received_at = "2026-03-20T10:00:00Z",
        };
        byte[] Key(string id) => Encoding.UTF8.GetBytes($"{{\"invoice_id\":\"{id}\"}}");
        byte[] Json(string topic, object key, object row) => new CdcEvent(topic, key, row, 10, at).ValueJson();
        var bad = new (string Topic, string Key, byte[] KeyBytes, byte[] Value)[]
        {
            (Topics.SupplierInvoices.Name, Id("garbage"), Key(Id("garbage")), [0xFF, 0x00, 0x13, 0x37]),
            (Topics.SupplierInvoices.Name, Id("schema"), Key(Id("schema")), [0, 0, 0, 0x27, 0x0F, 2, 4, 6]),
            (Topics.SupplierInvoices.Name, Id("missing"), Key(Id("missing")), Json(Topics.SupplierInvoices.Name, new { invoice_id = Id("missing") }, new { invoice_id = Id("missing"), currency = "EUR" })),
            (Topics.SupplierInvoices.Name, Id("type"), Key(Id("type")), Replace(Json(Topics.SupplierInvoices.Name, new { invoice_id = Id("type") }, Invoice(Id("type"))), "\"10.00\"", "{\"not\":\"a number\"}")),
            (Topics.SupplierInvoices.Name, Id("date"), Key(Id("date")), Replace(Json(Topics.SupplierInvoices.Name, new { invoice_id = Id("date") }, Invoice(Id("date"))), "2026-03-20\"", "2026-02-30\"")),
            (Topics.SupplierInvoiceLines.Name, Id("negative"), Encoding.UTF8.GetBytes($"{{\"invoice_id\":\"{Id("negative")}\",\"line_no\":1}}"),
                Json(Topics.SupplierInvoiceLines.Name, new { }, new { invoice_id = Id("negative"), line_no = 1, po_id = (string?)null, po_line_no = (int?)null, quantity = "-3.0000", unit_price = "1.0000", amount = "-3.00" })),
            (Topics.Suppliers.Name, Id("huge"), Encoding.UTF8.GetBytes($"{{\"supplier_id\":\"{Id("huge")}\"}}"),
                Json(Topics.Suppliers.Name, new { }, new { supplier_id = Id("huge"), name = new string('x', 900_000), tax_id = (string?)null, country = "DE", status = "ACTIVE", ap_account = (string?)null })),
        };
        using (var producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers, MessageMaxBytes = 2_000_000 }).Build())
        {
            foreach (var (topic, _, key, value) in bad)
            {
                await producer.ProduceAsync(topic, new Message<byte[], byte[]> { Key = key, Value = value });
            }

            await producer.ProduceAsync(Topics.SupplierInvoices.Name, new Message<byte[], byte[]> { Key = Key(Id("good")), Value = Json(Topics.SupplierInvoices.Name, new { }, Invoice(Id("good"))) });
        }

        string[] Readers(string topic) => [.. new[] { streams, budget }.Where(p => p.SourceTopics.Contains(topic)).Select(p => p.ApplicationId).Order()];
        var letters = Read(Topics.DeadLetters.Name, key => bad.Any(b => key.Contains(b.Key, StringComparison.Ordinal)), bad.Sum(b => Readers(b.Topic).Length));
        foreach (var (topic, key, _, _) in bad)
        {
            var mine = letters.Where(l => l.Key.Contains(key, StringComparison.Ordinal)).ToList();
            Assert.Equal(Readers(topic), mine.Select(l => l.Headers.LastString("dlq.topology")).Order()); // once per topology that reads the topic
            Assert.All(mine, l => Assert.False(string.IsNullOrWhiteSpace(l.Headers.LastString("dlq.error.message"))));
        }

        string Reason(string key) => letters.First(l => l.Key.Contains(key, StringComparison.Ordinal)).Headers.LastString("dlq.error.message")!;
        Assert.Contains("quantity is -3", Reason(Id("negative")), StringComparison.Ordinal);
        Assert.Contains("900,000 characters", Reason(Id("huge")), StringComparison.Ordinal);
        Assert.Single(Read(Topics.InvoiceStatus.Name, key => key.Contains(Id("good"), StringComparison.Ordinal), 1));
        Assert.Null(budget.Failure);
        Assert.Null(streams.Failure);
    }

    private static byte[] Replace(byte[] json, string what, string with) => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(json).Replace(what, with, StringComparison.Ordinal));

    /// <summary>
    /// Reads <paramref name="topic"/> from the start until <paramref name="count"/> records whose key (as text) passes
    /// <paramref name="wanted"/> arrived, and a few seconds more, so a record written twice shows.
    /// </summary>
    private List<(string Key, RecordHeaders Headers)> Read(string topic, Func<string, bool> wanted, int count)
    {
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig { BootstrapServers = cluster.BootstrapServers, GroupId = $"bad-input-{Guid.NewGuid():N}", AutoOffsetReset = AutoOffsetReset.Earliest, FetchMaxBytes = 4_000_000, MaxPartitionFetchBytes = 4_000_000 }).Build();
        consumer.Subscribe(topic);
        var found = new List<(string, RecordHeaders)>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan? complete = null;
        while (clock.Elapsed < TimeSpan.FromSeconds(90) && (complete is null || clock.Elapsed < complete + TimeSpan.FromSeconds(3)))
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(500)) is { } r && Encoding.UTF8.GetString(r.Message.Key ?? []) is var key && wanted(key))
            {
                found.Add((key, RecordHeaders.From(r.Message.Headers)));
                complete ??= found.Count >= count ? clock.Elapsed : null;
            }
        }

        consumer.Close();
        return found;
    }
}
