using System.Text;
using Confluent.Kafka;
using FinanceStreams.IntegrationTests.Infrastructure;
using StreamKit.Admin;
using StreamKit.Dsl;
using StreamKit.Errors;
using StreamKit.Runtime;
using StreamKit.Serialization;

namespace FinanceStreams.IntegrationTests.Runtime;

/// <summary>
/// A record that cannot be produced (2 MB, over the producer's 1 MB limit) is skipped if the handler says so;
/// otherwise the thread starts over from its last commit, and fails once that has happened too often in a row.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class ProductionErrorTests(KafkaCluster cluster)
{
    private async Task<(KafkaStreams Streams, string Output)> CreateSut(IProductionErrorHandler handler, Func<string, string>? map = null, TimeSpan? retryTimeout = null, List<string>? log = null)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var (input, output) = ($"it{run}.in", $"it{run}.out");
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([new TopicSpec(input, 1), new TopicSpec(output, 1)]);
        }

        var builder = new StreamsBuilder($"production-{run}");
        builder.Stream(input, Consumed<string, string>.With(Serdes.String, Serdes.String))
            .MapValues((_, v) => (map ?? Huge)(v), Serdes.String)
            .To(output);
        var streams = new KafkaStreams(builder.Build(), new StreamsConfig($"production-{run}", cluster.BootstrapServers)
        {
            DevBrokerControlUrl = cluster.DevBrokerControlUrl,
            ProductionErrors = handler,
            StateDirectory = Path.Combine(Path.GetTempPath(), $"state-{run}"),
            CommitInterval = TimeSpan.FromMilliseconds(100),
            RetryTimeout = retryTimeout ?? TimeSpan.Zero,
        }, line => log?.Add(line));
        await streams.StartAsync();
        using var producer = new ProducerBuilder<string, string>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build();
        foreach (var value in new[] { "a", "huge", "b" })
        {
            await producer.ProduceAsync(input, new Message<string, string> { Key = value, Value = value });
        }

        return (streams, output);
    }

    [Fact]
    public async Task SkipUnsendableRecords_RecordTooLarge_IsSkippedAndOthersFlow()
    {
        var (streams, output) = await CreateSut(ProductionErrorHandlers.SkipUnsendableRecords);
        await using var _ = streams;

        Assert.Equal(["a", "b"], TopicReader.Read(cluster, output, 2).Select(r => Encoding.UTF8.GetString(r.Value)));
        Assert.Null(streams.Failure);
    }

    [Fact]
    public async Task Fail_RecordTooLargeOnce_ThreadStartsOverFromItsLastCommitAndEveryRecordArrives()
    {
        var attempts = 0;
        var log = new List<string>();
        var (streams, output) = await CreateSut(ProductionErrorHandlers.Fail, v => v != "huge" ? v : Interlocked.Increment(ref attempts) == 1 ? Huge(v) : "smaller the second time", TimeSpan.FromSeconds(30), log);
        await using var _ = streams;

        string[] expected = ["a", "b", "smaller the second time"];
        var records = TopicReader.ReadUntil(cluster, output, read => read.Select(r => Encoding.UTF8.GetString(r.Value)).Distinct().Count() >= expected.Length);

        Assert.Equal(expected, records.Select(r => Encoding.UTF8.GetString(r.Value)).Distinct().Order(StringComparer.Ordinal));
        Assert.Null(streams.Failure);
        Assert.Contains(log, l => l.Contains("restarting its clients and tasks", StringComparison.Ordinal) && l.Contains("MsgSizeTooLarge", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fail_RecordTooLargeEveryTime_ThreadGivesUpAfterItsRetryTimeoutNamingTheError()
    {
        var (streams, _) = await CreateSut(ProductionErrorHandlers.Fail, retryTimeout: TimeSpan.FromSeconds(2));
        await using var __ = streams;

        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (streams.Failure is null && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
        }

        Assert.NotNull(streams.Failure);
        Assert.Contains("MsgSizeTooLarge", streams.Failure.Message, StringComparison.Ordinal);
    }

    private static string Huge(string value) => value == "huge" ? new string('x', 2_000_000) : value;
}
