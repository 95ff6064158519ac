using System.Text;
using Confluent.Kafka;
using FinanceStreams.IntegrationTests.Infrastructure;
using StreamKit.Admin;
using StreamKit.Dsl;
using StreamKit.Errors;
using StreamKit.Runtime;
using StreamKit.Serialization;

namespace FinanceStreams.IntegrationTests.Runtime;

/// <summary>A record that cannot be produced (2 MB, over the producer's 1 MB limit) fails the thread, or is skipped if the handler says so.</summary>
[Collection(KafkaCollection.Name)]
public sealed class ProductionErrorTests(KafkaCluster cluster)
{
    private async Task<(KafkaStreams Streams, string Output)> CreateSut(IProductionErrorHandler handler)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var (input, output) = ($"it{run}.in", $"it{run}.out");
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([new TopicSpec(input, 1), new TopicSpec(output, 1)]);
        }

        var builder = new StreamsBuilder($"production-{run}");
        builder.Stream(input, Consumed<string, string>.With(Serdes.String, Serdes.String))
            .MapValues((_, v) => v == "huge" ? new string('x', 2_000_000) : v, Serdes.String)
            .To(output);
        var streams = new KafkaStreams(builder.Build(), new StreamsConfig($"production-{run}", cluster.BootstrapServers)
        {
            DevBrokerControlUrl = cluster.DevBrokerControlUrl,
            ProductionErrors = handler,
            StateDirectory = Path.Combine(Path.GetTempPath(), $"state-{run}"),
            CommitInterval = TimeSpan.FromMilliseconds(100),
        });
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
    public async Task Fail_RecordTooLarge_StopsTheThreadNamingTheError()
    {
        var (streams, _) = await CreateSut(ProductionErrorHandlers.Fail);
        await using var __ = streams;

        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (streams.Failure is null && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
        }

        Assert.NotNull(streams.Failure);
        Assert.Contains("MsgSizeTooLarge", streams.Failure.Message, StringComparison.Ordinal);
    }
}
