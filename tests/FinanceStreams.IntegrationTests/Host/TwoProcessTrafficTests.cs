using FinanceStreams.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace FinanceStreams.IntegrationTests.Host;

[Collection(KafkaCollection.Name)]
public sealed class TwoProcessTrafficTests(KafkaCluster cluster, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task ProduceInOneProcess_ConsumeInAnotherInAGroup_EveryRecordArrives()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var topic = $"it.two-process.{run}";
        const int count = 25;
        output.WriteLine($"cluster: {cluster.Kind} {cluster.BootstrapServers}");

        var produced = await CliProcess.RunAsync(Timeout, ["dev", "produce", "--topic", topic, "--prefix", run, "--count", $"{count}", "--partitions", "3", .. cluster.CliArgs]);
        Assert.True(produced.ExitCode == 0, produced.Output);

        var consumed = await CliProcess.RunAsync(Timeout, ["dev", "consume", "--topic", topic, "--group", $"it-{run}", "--prefix", run, "--count", $"{count}", .. cluster.CliArgs]);
        output.WriteLine(consumed.Output);

        Assert.Equal(0, consumed.ExitCode);
        var keys = consumed.Output.Split('\n').Where(l => l.StartsWith("consumed ", StringComparison.Ordinal) && l.Contains("key=", StringComparison.Ordinal)).ToList();
        Assert.Equal(count, keys.Count);
        Assert.Equal(3, keys.Select(l => l.Split('[', ']')[2]).Distinct().Count());
    }

    [Fact]
    public async Task Consume_WhenTheGroupAlreadyCommitted_ResumesAfterTheCommittedOffsets()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var topic = $"it.resume.{run}";
        var group = $"it-resume-{run}";
        string[] consume = ["dev", "consume", "--topic", topic, "--group", group, "--prefix", run, .. cluster.CliArgs];

        Assert.Equal(0, (await CliProcess.RunAsync(Timeout, ["dev", "produce", "--topic", topic, "--prefix", run, "--count", "5", .. cluster.CliArgs])).ExitCode);
        Assert.Equal(0, (await CliProcess.RunAsync(Timeout, [.. consume, "--count", "5", "--timeout-seconds", "30"])).ExitCode);

        // A second member of the same group finds nothing left: the first one's commits hold.
        var again = await CliProcess.RunAsync(Timeout, [.. consume, "--count", "1", "--timeout-seconds", "8"]);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("consumed 0 of 1", again.Output, StringComparison.Ordinal);
    }
}
