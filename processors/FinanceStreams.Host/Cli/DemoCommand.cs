using System.CommandLine;
using System.Diagnostics;
using StreamKit.Admin;

namespace FinanceStreams.Host.Cli;

/// <summary>
/// <c>finance-streams demo</c>, what <c>make run</c> calls: starts the local broker as its own
/// process, runs the pipeline on simulated data against it, shows the result, and stops everything.
/// </summary>
internal static class DemoCommand
{
    public static Command Build()
    {
        var count = new Option<int>("--count") { Description = "Records to send through the broker.", DefaultValueFactory = _ => 20 };
        var command = new Command("demo", "Start the local environment, run the pipeline on simulated data, show the result, stop.") { count };
        command.SetAction(async (result, cancel) =>
        {
            Directory.CreateDirectory(DevPaths.Root);
            var infoFile = Path.Combine(DevPaths.Root, "demo-broker.json");
            File.Delete(infoFile);
            Console.WriteLine("== starting the local broker (librdkafka mock cluster, own process) ==");
            using var broker = ChildProcess.StartSelf(Path.Combine(DevPaths.Root, "broker.log"), "dev", "broker", "--info-file", infoFile);
            try
            {
                var info = await WaitForBrokerAsync(broker, infoFile, cancel).ConfigureAwait(false);
                Console.WriteLine($"   bootstrap {info.BootstrapServers}  (kcat -b {info.BootstrapServers} -L)");
                var cluster = new ClusterConnection(info.BootstrapServers, info.ControlUrl);
                var run = Guid.NewGuid().ToString("N")[..8];
                const string topic = "dev.demo";
                var n = result.GetValue(count);
                Console.WriteLine($"== producing {n} records to {topic} ==");
                await DevTraffic.EnsureTopicAsync(cluster, topic, 3, cancel).ConfigureAwait(false);
                await DevTraffic.ProduceAsync(cluster, topic, run, n, cancel).ConfigureAwait(false);
                Console.WriteLine($"== consuming them in consumer group demo-{run} ==");
                var seen = DevTraffic.Consume(cluster, topic, $"demo-{run}", run, n, TimeSpan.FromSeconds(60), cancel);
                Console.WriteLine(seen == n ? $"== OK: {n} of {n} records made the round trip ==" : $"== FAILED: {seen} of {n} records came back ==");
                return seen == n ? 0 : 1;
            }
            finally
            {
                Console.WriteLine(broker.Stop(TimeSpan.FromSeconds(10)) ? $"== local broker (pid {broker.Id}) stopped ==" : $"== local broker (pid {broker.Id}) did not stop in time; killed ==");
            }
        });
        return command;
    }

    private static async Task<DevBrokerInfo> WaitForBrokerAsync(ChildProcess broker, string infoFile, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        while (!File.Exists(infoFile))
        {
            if (broker.HasExited || clock.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new InvalidOperationException($"The local broker did not start; see {Path.Combine(DevPaths.Root, "broker.log")}.");
            }

            await Task.Delay(100, cancel).ConfigureAwait(false);
        }

        return DevBrokerInfo.Read(infoFile);
    }
}
