using FinanceStreams.IntegrationTests.Infrastructure;
using FinanceStreams.Streaming.Admin;

namespace FinanceStreams.IntegrationTests.Host;

/// <summary>The local broker's own life cycle, and the demo that <c>make run</c> shows.</summary>
public sealed class DevBrokerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task DevBroker_OnSigterm_StopsCleanlyAndRemovesItsInfoFile()
    {
        var infoFile = Path.Combine(Path.GetTempPath(), $"broker-{Guid.NewGuid():N}.json");
        await using var broker = CliProcess.Start("dev", "broker", "--info-file", infoFile, "--topic", "pre.created:4");
        await WaitForAsync(() => File.Exists(infoFile), broker);

        var info = DevBrokerInfo.Read(infoFile);
        Assert.StartsWith("127.0.0.1:", info.BootstrapServers, StringComparison.Ordinal);
        Assert.Equal("127.0.0.1", info.ControlUrl.Host);
        using (var admin = TopicAdmins.Create(info))
        {
            var counts = await admin.GetPartitionCountsAsync(["pre.created"]);
            Assert.Equal(4, counts["pre.created"]);
        }

        await broker.StopAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(0, await broker.WaitForExitAsync(Timeout));
        Assert.False(File.Exists(infoFile));
        Assert.Contains("local broker stopping", broker.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevBroker_DroppingAPartitionsOldestRecords_SaysSoNamingThePartition_AndTheReaderReportsTheLoss()
    {
        var infoFile = Path.Combine(Path.GetTempPath(), $"broker-{Guid.NewGuid():N}.json");
        await using var broker = CliProcess.Start("dev", "broker", "--info-file", infoFile, "--topic", "loss.test:1");
        await WaitForAsync(() => File.Exists(infoFile), broker);
        var info = DevBrokerInfo.Read(infoFile);
        using (var producer = new Confluent.Kafka.ProducerBuilder<byte[], byte[]>(new Confluent.Kafka.ProducerConfig { BootstrapServers = info.BootstrapServers, LingerMs = 0 }).Build())
        {
            var value = new byte[64 * 1024];
            for (var i = 0; i < 160; i++) // 10 MiB, twice the ~5 MiB the local broker keeps of a partition
            {
                await producer.ProduceAsync("loss.test", new Confluent.Kafka.Message<byte[], byte[]> { Key = [], Value = value });
            }
        }

        var lost = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var reader = new FinanceStreams.Streaming.Metrics.ConsumerLagMonitor(info.BootstrapServers, $"loss-reader-{Guid.NewGuid():N}", [new Confluent.Kafka.TopicPartition("loss.test", 0)], lost.Enqueue);
        await WaitForAsync(() => broker.Output.Contains("ERROR: partition loss.test[0] lost its oldest records", StringComparison.Ordinal) && !lost.IsEmpty, broker);

        Assert.Contains("ERROR: partition loss.test[0] lost its oldest records: it now starts at offset ", broker.Output, StringComparison.Ordinal);
        Assert.Contains("loss.test[0] starts at offset ", Assert.Single(lost), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_OnAFreshDirectory_ShowsTheBudgetAndInvoiceResultsAndLeavesNoProcess()
    {
        var (exit, output) = await CliProcess.RunAsync(TimeSpan.FromMinutes(4), "demo");

        Assert.True(exit == 0, output);
        Assert.Matches(@"CC-100 2026-03\s+EUR\s+50,000.00\s+52,000.00\s+-2,000.00\s+104.0\s+EXCEEDED", output);
        Assert.Matches(@"CC-200 2026-03\s+EUR\s+120,000.00\s+95,000.00\s+25,000.00\s+79.2\s+OK", output);
        Assert.Matches(@"CC-300 2026-03\s+USD\s+80,000.00\s+9,720.00\s+70,280.00\s+12.2\s+OK", output);
        Assert.DoesNotContain("UNCONTROLLED", output, StringComparison.Ordinal); // the stale CDC replay changed nothing
        Assert.Matches(@"INV-1\s+A-0042\s+EUR\s+35,700.00\s+MATCHED\s+command ", output);
        Assert.Matches(@"INV-2\s+a 42\s+EUR\s+35,700.00\s+DUPLICATE\s+duplicate of INV-1", output);
        Assert.Matches(@"INV-3\s+B-7781\s+EUR\s+1,428.00\s+UNMATCHED\s+NO_PURCHASE_ORDER", output);
        Assert.Matches(@"SUSPECTED\s+INV-4 \(B-7791\) of INV-3 \(B-7781\)", output);
        Assert.Matches(@"received 4 = matched 1 \+ pending 0 \+ unmatched 2 \+ duplicate 1 \[ok\]; commands \d - reversals \d = matched \[ok\]; posted 1,", output);
        var pids = System.Text.RegularExpressions.Regex.Matches(output, @"\(pid (\d+)\) stopped").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, pids.Count);
        Assert.All(pids, pid => Assert.False(Directory.Exists($"/proc/{pid}"), $"the demo left process {pid} running"));
    }

    private static async Task WaitForAsync(Func<bool> condition, CliProcess process)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            Assert.False(process.HasExited, process.Output);
            await Task.Delay(100);
        }

        Assert.True(condition(), process.Output);
    }
}
