using System.Diagnostics;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.IntegrationTests.Infrastructure;

namespace FinanceStreams.IntegrationTests.Host;

/// <summary>A Kafka client from outside the project (Debian's kcat, installed by <c>make test</c>) works through the cluster.</summary>
[Collection(KafkaCollection.Name)]
public sealed class KcatTests(KafkaCluster cluster)
{
    [Fact]
    public async Task Kcat_ListsMetadataProducesAndConsumes_ThroughTheCluster()
    {
        var topic = $"it.kcat.{Guid.NewGuid():N}";
        using (var admin = cluster.CreateTopicAdmin())
        {
            await admin.EnsureTopicsAsync([new TopicSpec(topic, 2)]);
        }

        var metadata = await KcatAsync(["-L", "-t", topic], stdin: null);
        Assert.Contains($"topic \"{topic}\" with 2 partitions", metadata, StringComparison.Ordinal);

        await KcatAsync(["-P", "-t", topic, "-K", ":"], stdin: "k1:first\nk2:second\n");

        var consumed = await KcatAsync(["-C", "-t", topic, "-e", "-o", "beginning", "-f", "%k=%s\\n"], stdin: null);
        Assert.Contains("k1=first", consumed, StringComparison.Ordinal);
        Assert.Contains("k2=second", consumed, StringComparison.Ordinal);
    }

    private async Task<string> KcatAsync(IEnumerable<string> args, string? stdin)
    {
        var start = new ProcessStartInfo("kcat") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add("-b");
        start.ArgumentList.Add(cluster.BootstrapServers);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = StartOrExplain(start);
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"kcat {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}: {await error}");
        return await output;
    }

    private static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("kcat is not installed: 'make test' installs it (apt-get install kcat).", e);
        }
    }
}
