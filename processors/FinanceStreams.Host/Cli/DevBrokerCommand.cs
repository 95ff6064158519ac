using System.CommandLine;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.DevBroker;

namespace FinanceStreams.Host.Cli;

/// <summary><c>finance-streams dev broker</c>: the local Kafka broker (librdkafka's mock cluster).</summary>
internal static class DevBrokerCommand
{
    public static Command Build()
    {
        var brokers = new Option<int>("--brokers") { Description = "Number of brokers in the mock cluster.", DefaultValueFactory = _ => 1 };
        var controlPort = new Option<int>("--control-port") { Description = "Port of the loopback control endpoint (0: any free port).", DefaultValueFactory = _ => 0 };
        var infoFile = new Option<string>("--info-file") { Description = "File the bootstrap address and control URL are written to.", DefaultValueFactory = _ => DevPaths.BrokerInfo };
        var topics = new Option<string[]>("--topic") { Description = "Topic to pre-create, as name or name:partitions (repeatable).", AllowMultipleArgumentsPerToken = true };
        var partitions = new Option<int>("--partitions") { Description = "Partitions of a pre-created topic that names none.", DefaultValueFactory = _ => 3 };

        var command = new Command("broker", "Run the local Kafka broker on 127.0.0.1 until SIGINT/SIGTERM.") { brokers, controlPort, infoFile, topics, partitions };
        command.SetAction(async (result, cancel) =>
        {
            var specs = (result.GetValue(topics) ?? []).Select(t => ParseTopic(t, result.GetValue(partitions))).ToList();
            var options = new DevBrokerOptions(result.GetValue(brokers), result.GetValue(controlPort), result.GetValue(infoFile)!, specs);
            await DevBrokerHost.RunAsync(options, Console.WriteLine, cancel).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static TopicSpec ParseTopic(string text, int defaultPartitions)
    {
        var parts = text.Split(':');
        return parts.Length switch
        {
            1 => new TopicSpec(parts[0], defaultPartitions),
            2 when int.TryParse(parts[1], out var n) => new TopicSpec(parts[0], n),
            _ => throw new ArgumentException($"--topic '{text}' is not name or name:partitions."),
        };
    }
}
