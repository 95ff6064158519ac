using FinanceStreams.IntegrationTests.Infrastructure;
using StreamKit.Admin;

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
    public async Task Demo_OnAFreshDirectory_ShowsRecordsRoundTripAndStopsTheBroker()
    {
        var (exit, output) = await CliProcess.RunAsync(Timeout, "demo", "--count", "6");

        Assert.True(exit == 0, output);
        Assert.Contains("OK: 6 of 6 records made the round trip", output, StringComparison.Ordinal);
        var stopped = System.Text.RegularExpressions.Regex.Match(output, @"local broker \(pid (\d+)\) stopped");
        Assert.True(stopped.Success, output);
        var pid = int.Parse(stopped.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(Directory.Exists($"/proc/{pid}"), $"the demo left its broker (pid {pid}) running");
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
