using System.Diagnostics;
using Confluent.Kafka;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Host.Streams;

namespace FinanceStreams.Host.Bench;

/// <summary>Waiting for Streamiz topologies of the benchmark to process everything, and reading topic sizes.</summary>
internal static class CatchUp
{
    /// <summary>Waits until every application's committed offsets reach the end of every topic it consumes and the outputs are quiet.</summary>
    public static async Task WaitAsync(string bootstrap, IReadOnlyList<StreamizPipeline> pipelines, OutputWatch watch, string what, CancellationToken cancel)
    {
        var groups = pipelines.Select(p => (Pipeline: p, Group: new ConsumerBuilder<byte[], byte[]>(new ConsumerConfig { BootstrapServers = bootstrap, GroupId = p.ApplicationId }).SetLogHandler((_, _) => { }).Build())).ToList();
        try
        {
            var clock = Stopwatch.StartNew();
            while (true)
            {
                cancel.ThrowIfCancellationRequested();
                if (pipelines.FirstOrDefault(p => p.Failure is not null) is { } failed)
                {
                    throw new InvalidOperationException($"{what} failed during the benchmark ({failed.ApplicationId}): {failed.Failure!.Message}", failed.Failure);
                }

                var quiet = watch.LastArrival is { } last && TimeProvider.System.GetUtcNow() - last > TimeSpan.FromSeconds(2);
                if (quiet && groups.All(g => CaughtUp(g.Group, g.Pipeline)))
                {
                    return;
                }

                if (clock.Elapsed > TimeSpan.FromMinutes(10))
                {
                    throw new TimeoutException($"{what} did not catch up within 10 minutes.");
                }

                await Task.Delay(250, cancel).ConfigureAwait(false);
            }
        }
        finally
        {
            groups.ForEach(g => g.Group.Dispose());
        }
    }

    /// <summary>The records of each topic (every partition's high watermark summed).</summary>
    public static Dictionary<string, long> Sizes(string bootstrap, IEnumerable<string> topics)
    {
        using var consumer = new ConsumerBuilder<byte[], byte[]>(new ConsumerConfig { BootstrapServers = bootstrap, GroupId = "bench-watermarks" }).SetLogHandler((_, _) => { }).Build();
        return topics.Distinct().ToDictionary(t => t, t => Enumerable.Range(0, Topics.Partitions).Sum(p => consumer.QueryWatermarkOffsets(new TopicPartition(t, p), TimeSpan.FromSeconds(10)).High.Value));
    }

    /// <summary>The topics and their sizes, largest first.</summary>
    public static string Describe(Dictionary<string, long> topics) =>
        string.Join(", ", topics.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value:N0}"));

    /// <summary>Every partition's committed offset is at its end (a partition that never had a record has nothing to commit).</summary>
    private static bool CaughtUp(IConsumer<byte[], byte[]> group, StreamizPipeline pipeline)
    {
        var partitions = pipeline.ConsumedTopics.SelectMany(t => Enumerable.Range(0, Topics.Partitions).Select(p => new TopicPartition(t, p))).ToList();
        var committed = group.Committed(partitions, TimeSpan.FromSeconds(10));
        return committed.All(c => group.QueryWatermarkOffsets(c.TopicPartition, TimeSpan.FromSeconds(10)).High.Value is var end
            && (c.Offset.Value >= end || (c.Offset == Offset.Unset && end == 0)));
    }
}
