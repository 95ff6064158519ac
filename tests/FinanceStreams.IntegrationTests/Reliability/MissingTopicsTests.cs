using System.Diagnostics;
using Confluent.Kafka;
using FinanceStreams.IntegrationTests.Infrastructure;
using FinanceStreams.SchemaRegistry;
using FinanceStreams.Streaming.Admin;

namespace FinanceStreams.IntegrationTests.Reliability;

/// <summary>Bad configuration: a cluster without the input topics fails the start with their names and a non-zero exit, and nothing is created.</summary>
public sealed class MissingTopicsTests
{
    [Fact]
    public async Task Run_OnAClusterWithoutTheInputTopics_FailsNamingThemAndCreatesNothing()
    {
        var directory = Directory.CreateTempSubdirectory("missing-topics-").FullName;
        var infoFile = Path.Combine(directory, "broker.json");
        await using var broker = CliProcess.Start("dev", "broker", "--info-file", infoFile); // a fresh, empty cluster of its own
        var clock = Stopwatch.StartNew();
        while (!File.Exists(infoFile) || new FileInfo(infoFile).Length == 0)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the local broker did not start: " + broker.Output);
            await Task.Delay(100);
        }

        await Task.Delay(200);
        var bootstrap = DevBrokerInfo.Read(infoFile).BootstrapServers;
        await using var registry = await SchemaRegistryServer.StartAsync(new SchemaRegistryOptions(0, Path.Combine(directory, "registry")));

        // --bootstrap-servers, not --info-file: the cluster is treated as a real one, where topics are not created on the fly
        var (exit, output) = await CliProcess.RunAsync(TimeSpan.FromSeconds(90), "run", "--bootstrap-servers", bootstrap, "--schema-registry-url", registry.Url.ToString(), "--http-port", "0", "--state-dir", Path.Combine(directory, "state"));

        Assert.Equal(2, exit);
        Assert.Contains("reads topics that do not exist", output, StringComparison.Ordinal);
        Assert.Contains("budgeting.public.cost_centers", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrap }).Build();
        var topics = admin.GetMetadata(TimeSpan.FromSeconds(10)).Topics.Select(t => t.Topic).Where(t => !t.StartsWith("__", StringComparison.Ordinal)).ToList();
        Assert.True(topics.Count == 0, "created: " + string.Join(", ", topics));
    }
}
