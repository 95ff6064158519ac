using FinanceStreams.Streaming.Admin;

namespace FinanceStreams.DevBroker;

/// <summary>Runs the local development broker until cancelled, then removes every trace of it.</summary>
public static class DevBrokerHost
{
    /// <summary>Starts the broker, announces it and blocks until <paramref name="stop"/> fires.</summary>
    public static async Task RunAsync(DevBrokerOptions options, Action<string> log, CancellationToken stop)
    {
        using var cluster = MockCluster.Start(options.Brokers);
        using var control = ControlEndpoint.Start(cluster, options.ControlPort, log);
        foreach (var topic in options.Topics)
        {
            cluster.CreateTopic(topic.Validate().Name, topic.Partitions);
        }

        var info = new DevBrokerInfo(cluster.BootstrapServers, control.Url, Environment.ProcessId);
        info.Write(options.InfoFile);
        log($"local broker ready: bootstrap {info.BootstrapServers}, control {info.ControlUrl}, {options.Brokers} broker(s), {options.Topics.Count} topic(s) pre-created");
        log($"broker info written to {Path.GetFullPath(options.InfoFile)}");
        using var truncation = new TruncationWatch(info.BootstrapServers, log);
        try
        {
            await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            log("local broker stopping");
        }
        finally
        {
            File.Delete(options.InfoFile);
        }
    }
}
