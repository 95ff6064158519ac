using System.CommandLine;

namespace FinanceStreams.Host.Cli;

/// <summary>
/// <c>finance-streams dev smoke</c>: produces records and reads them back in a consumer group,
/// printing each one, to show that the broker really carries traffic.
/// </summary>
internal static class DevSmokeCommand
{
    private const string Topic = "dev.smoke";

    public static Command Build()
    {
        var cluster = new ClusterOptions();
        var count = new Option<int>("--count") { Description = "Records to produce and consume.", DefaultValueFactory = _ => 10 };
        var command = new Command("smoke", "Produce records and consume them back in a consumer group.") { count };
        cluster.AddTo(command);
        command.SetAction(async (result, cancel) =>
        {
            var connection = cluster.Resolve(result);
            var n = result.GetValue(count);
            var run = Guid.NewGuid().ToString("N")[..8];
            await DevTraffic.EnsureTopicAsync(connection, Topic, 3, cancel).ConfigureAwait(false);
            await DevTraffic.ProduceAsync(connection, Topic, run, n, cancel).ConfigureAwait(false);
            var seen = DevTraffic.Consume(connection, Topic, $"dev-smoke-{run}", run, n, TimeSpan.FromSeconds(30), cancel);
            Console.WriteLine(seen == n ? $"OK: {n} records went through {connection.BootstrapServers} and back" : $"FAILED: consumed {seen} of {n}");
            return seen == n ? 0 : 1;
        });
        return command;
    }
}
