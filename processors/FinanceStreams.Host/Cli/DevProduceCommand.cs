using System.CommandLine;

namespace FinanceStreams.Host.Cli;

/// <summary><c>finance-streams dev produce</c>: writes numbered records with a key prefix.</summary>
internal static class DevProduceCommand
{
    public static Command Build()
    {
        var cluster = new ClusterOptions();
        var topic = new Option<string>("--topic") { Description = "Topic to write to.", Required = true };
        var prefix = new Option<string>("--prefix") { Description = "Key prefix of this run.", Required = true };
        var count = new Option<int>("--count") { Description = "Number of records.", DefaultValueFactory = _ => 10 };
        var partitions = new Option<int>("--partitions") { Description = "Partitions if the topic must be created.", DefaultValueFactory = _ => 3 };
        var command = new Command("produce", "Produce numbered records.") { topic, prefix, count, partitions };
        cluster.AddTo(command);
        command.SetAction(async (result, cancel) =>
        {
            var connection = cluster.Resolve(result);
            var name = result.GetValue(topic)!;
            await DevTraffic.EnsureTopicAsync(connection, name, result.GetValue(partitions), cancel).ConfigureAwait(false);
            await DevTraffic.ProduceAsync(connection, name, result.GetValue(prefix)!, result.GetValue(count), cancel).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
