using System.Globalization;
using Confluent.Kafka;
using FinanceStreams.Host.Samples;
using FinanceStreams.IntegrationTests.Infrastructure;
using StreamKit.Admin;
using StreamKit.Partitioning;

namespace FinanceStreams.IntegrationTests.Runtime;

/// <summary>
/// Drives the sample topology in separate processes: creates its topics, feeds payments, starts and
/// kills instances, and reads the report back. The expected totals are computed here, independently.
/// </summary>
internal sealed class SampleAppHarness(KafkaCluster cluster, string guarantee = "AtLeastOnce") : IAsyncDisposable
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly List<CliProcess> _instances = [];
    private readonly Dictionary<string, long> _expected = new(StringComparer.Ordinal);
    private readonly Random _random = new(42);

    public int Customers { get; init; } = 12;

    private string Prefix => $"it{_run}.";

    private (string Payments, string Customers, string Report) Topics => PaymentTotalsTopology.Topics(Prefix);

    public IReadOnlyList<CliProcess> Instances => _instances;

    public async Task CreateTopicsAsync()
    {
        using var admin = cluster.CreateTopicAdmin();
        await admin.EnsureTopicsAsync([new TopicSpec(Topics.Payments, 3), new TopicSpec(Topics.Customers, 3, CleanupPolicy.Compact), new TopicSpec(Topics.Report, 3)]);
        using var producer = Producer();
        for (var c = 0; c < Customers; c++)
        {
            await producer.ProduceAsync(Topics.Customers, new Message<string, string> { Key = Customer(c), Value = $"Customer {c}" });
        }
    }

    public CliProcess StartInstance()
    {
        var process = CliProcess.Start(["dev", "sample-app", "--application-id", $"app-{_run}", "--topic-prefix", Prefix, "--guarantee", guarantee, .. cluster.CliArgs]);
        _instances.Add(process);
        return process;
    }

    /// <summary>Produces batches of payments with random customers and amounts until <paramref name="stop"/> fires.</summary>
    public async Task ProducePaymentsAsync(int perBatch, TimeSpan pause, CancellationToken stop)
    {
        using var producer = Producer();
        for (var i = 0; !stop.IsCancellationRequested || i == 0; i++)
        {
            var customer = Customer(_random.Next(Customers));
            var amount = _random.Next(1, 1000);
            _expected[customer] = _expected.GetValueOrDefault(customer) + amount;
            producer.Produce(Topics.Payments, new Message<string, string> { Key = $"p{i}", Value = $"{customer}:{amount.ToString(CultureInfo.InvariantCulture)}" });
            if ((i + 1) % perBatch == 0)
            {
                producer.Flush();
                await Task.Delay(pause, CancellationToken.None);
            }
        }

        producer.Flush();
    }

    /// <summary>Waits until <paramref name="instance"/> owns tasks and runs them (it printed a task start).</summary>
    public static async Task WaitUntilRunningAsync(CliProcess instance, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!instance.Output.Contains(" running from ", StringComparison.Ordinal))
        {
            if (instance.HasExited || DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"the instance did not start running tasks:\n{instance.Output}");
            }

            await Task.Delay(100);
        }
    }

    public IReadOnlyDictionary<string, string> Expected =>
        _expected.ToDictionary(e => e.Key, e => $"Customer {e.Key[1..]}:{e.Value.ToString(CultureInfo.InvariantCulture)}", StringComparer.Ordinal);

    /// <summary>Reads the report until its latest value per customer equals <see cref="Expected"/>, or the time is up.</summary>
    public async Task<IReadOnlyDictionary<string, string>> AwaitReportAsync(TimeSpan timeout)
    {
        var latest = new Dictionary<string, string>(StringComparer.Ordinal);
        using var consumer = new ConsumerBuilder<string, string>(new ConsumerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            GroupId = $"report-{_run}",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
        }).Build();
        consumer.Subscribe(Topics.Report);
        var deadline = DateTimeOffset.UtcNow + timeout;
        var expected = Expected;
        while (DateTimeOffset.UtcNow < deadline && !Matches(latest, expected))
        {
            var record = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (record is not null)
            {
                latest[record.Message.Key] = record.Message.Value;
            }

            await Task.Yield();
        }

        consumer.Close();
        return latest;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
    }

    private static bool Matches(Dictionary<string, string> actual, IReadOnlyDictionary<string, string> expected) =>
        actual.Count == expected.Count && expected.All(e => actual.TryGetValue(e.Key, out var v) && v == e.Value);

    private static string Customer(int c) => $"c{c}";

    private IProducer<string, string> Producer() =>
        new ProducerBuilder<string, string>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers, EnableIdempotence = true })
            .SetDefaultPartitioner(KafkaPartitioners.Murmur2).Build();
}
