using System.CommandLine;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Streaming.DeadLetters;

namespace FinanceStreams.Host.Cli;

/// <summary><c>finance-streams dlq replay</c>: sends dead letters back to where they came from, after a fix.</summary>
internal static class DeadLettersCommand
{
    public static Command Build()
    {
        var cluster = new ClusterOptions();
        var topic = new Option<string>("--topic") { Description = "Dead-letter topic.", DefaultValueFactory = _ => Topics.DeadLetters.Name };
        var sourceTopic = new Option<string?>("--source-topic") { Description = "Only dead letters read from this topic." };
        var processor = new Option<string?>("--processor") { Description = "Only dead letters of this processor ('(deserialization)' for unreadable records)." };
        var replay = new Command("replay", "Replay dead letters to their source topic and partition, without the dlq.* headers.") { topic, sourceTopic, processor };
        cluster.AddTo(replay);
        replay.SetAction((result, cancel) =>
        {
            var connection = cluster.Resolve(result);
            var (source, by) = (result.GetValue(sourceTopic), result.GetValue(processor));
            var replayer = new DeadLetterReplayer(connection.BootstrapServers);
            var count = replayer.Replay(
                result.GetValue(topic)!,
                h => (source is null || h.LastString(DeadLetterHeaders.Prefix + "source.topic") == source)
                    && (by is null || h.LastString(DeadLetterHeaders.Prefix + "processor") == by),
                (replayed, read) =>
                {
                    if (read % 1000 == 0)
                    {
                        Console.Error.WriteLine($"read {read} dead letters, replayed {replayed}");
                    }
                },
                cancel);
            Console.WriteLine($"replayed {count} dead letter(s) from {result.GetValue(topic)}");
            return Task.FromResult(0);
        });
        return new Command("dlq", "Dead letters: records that could not be read or processed.") { replay };
    }
}
