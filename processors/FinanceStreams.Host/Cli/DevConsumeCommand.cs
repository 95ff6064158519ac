using System.CommandLine;

namespace FinanceStreams.Host.Cli;

/// <summary><c>finance-streams dev consume</c>: reads records with a key prefix in a consumer group; exit 0 when all arrived.</summary>
internal static class DevConsumeCommand
{
    public static Command Build()
    {
        var cluster = new ClusterOptions();
        var topic = new Option<string>("--topic") { Description = "Topic to read.", Required = true };
        var group = new Option<string>("--group") { Description = "Consumer group id.", Required = true };
        var prefix = new Option<string>("--prefix") { Description = "Key prefix of the records to wait for.", Required = true };
        var count = new Option<int>("--count") { Description = "Records to wait for.", DefaultValueFactory = _ => 10 };
        var timeout = new Option<int>("--timeout-seconds") { Description = "Give up after this long.", DefaultValueFactory = _ => 60 };
        var command = new Command("consume", "Consume records in a consumer group until all expected ones arrived.") { topic, group, prefix, count, timeout };
        cluster.AddTo(command);
        command.SetAction((result, cancel) =>
        {
            var expected = result.GetValue(count);
            var seen = DevTraffic.Consume(cluster.Resolve(result), result.GetValue(topic)!, result.GetValue(group)!, result.GetValue(prefix)!, expected, TimeSpan.FromSeconds(result.GetValue(timeout)), cancel);
            Console.WriteLine($"consumed {seen} of {expected}");
            return Task.FromResult(seen == expected ? 0 : 1);
        });
        return command;
    }
}
