using System.Diagnostics;
using Confluent.Kafka;
using Confluent.SchemaRegistry;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Host.Cli;
using FinanceStreams.Host.Simulation;
using FinanceStreams.Streaming.Admin;

namespace FinanceStreams.Host.Bench;

/// <summary>
/// One benchmark run on the local broker: simulated CDC, then (1) a plain consume → produce baseline over the
/// same topics, (2) the budget topology alone on Streamiz (<see cref="BudgetBench"/>), (3) the whole pipeline on
/// Streamiz (<see cref="WholePipelineBench"/>): throughput from its first input to its last output, restore of every
/// store from its changelog, end-to-end latency at half the measured throughput, with event time = produce time; (4)
/// recovery of <c>run</c> after a SIGKILL (<see cref="RecoveryBench"/>).
/// </summary>
internal sealed class PipelineBench(LocalStack stack, int cases, TimeSpan latencyWindow, TextWriter log, bool budgetOnly = false)
{
    private readonly string _bootstrap = stack.Broker.BootstrapServers;

    /// <summary>Runs every phase; with <c>budgetOnly</c>, the baseline and the budget topology only (null: nothing to write).</summary>
    public async Task<BenchResults?> RunAsync(CancellationToken cancel)
    {
        using (var admin = TopicAdmins.Create(stack.Broker))
        {
            await admin.EnsureTopicsAsync([.. Topics.All, new TopicSpec(BaselineTopic + "-cold", Topics.Partitions), new TopicSpec(BaselineTopic + "-warm", Topics.Partitions)], cancel).ConfigureAwait(false);
        }

        var events = new CdcSimulator(new SimulationOptions(Cases: cases, Rate: 0, AnomalyRate: 0.1, Seed: 1)).Events().ToList();
        var bytes = events.Average(e => e.Event.KeyJson().Length + e.Event.ValueJson().Length);
        await log.WriteLineAsync($"== producing {events.Count:N0} simulated CDC events ({bytes:N0} bytes on average) ==").ConfigureAwait(false);
        await SimulationRunner.RunAsync(_bootstrap, events, 0, TextWriter.Null, cancel).ConfigureAwait(false);

        var coldBaseline = Baseline(events.Count, BaselineTopic + "-cold", cancel);
        var baseline = Baseline(events.Count, BaselineTopic + "-warm", cancel);
        await log.WriteLineAsync($"   baseline consume -> produce: {baseline:N0} events/s (warm, its second run; cold {coldBaseline:N0})").ConfigureAwait(false);

        using var serdes = ContractSerdes.Create(new SchemaRegistryConfig { Url = stack.RegistryUrl });
        var budget = await new BudgetBench(stack, serdes, log).RunAsync(BudgetLatencyFirstCase, latencyWindow, cancel).ConfigureAwait(false);
        if (budgetOnly)
        {
            foreach (var (topic, l) in budget.LatencyMs)
            {
                await log.WriteLineAsync($"   latency to {topic} at {budget.OfferedLoadEventsPerSecond:N0} events/s: p50 {l.P50:N0} / p99 {l.P99:N0} / p99.9 {l.P999:N0} ms ({l.Samples:N0} records)").ConfigureAwait(false);
            }

            return null;
        }

        var pipeline = await new WholePipelineBench(stack, serdes, log).RunAsync(cases + 1, latencyWindow, cancel).ConfigureAwait(false);
        var recovery = await new RecoveryBench(stack, log).RunAsync(RecoveryProcessing, cancel).ConfigureAwait(false);
        return new BenchResults
        {
            Machine = $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024 / 1024} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}",
            Events = events.Count,
            AverageRecordBytes = bytes,
            BaselineEventsPerSecond = baseline,
            Budget = budget,
            Pipeline = pipeline,
            Recovery = recovery,
            MeasuredAt = DateTimeOffset.FromUnixTimeMilliseconds(TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Prefix of the baseline's output topics: one per run, so neither passes the local broker's ~5 MiB per partition.</summary>
    private const string BaselineTopic = "bench.baseline-out";

    /// <summary>How long the recovery phase's first process runs before it is killed.</summary>
    private static readonly TimeSpan RecoveryProcessing = TimeSpan.FromSeconds(10);

    /// <summary>The budget's latency phase simulates cases from here on, apart from every other phase's.</summary>
    private const int BudgetLatencyFirstCase = 10_000_000;

    private static string[] CdcTopics => [.. Topics.All.Select(t => t.Name).Where(n => n.Contains(".public.", StringComparison.Ordinal))];

    /// <summary>
    /// Plain at-least-once consume → produce of every event (commit after the produced records are acknowledged),
    /// timed as the topologies are: from the first record consumed (the group joined) to the last one acknowledged.
    /// </summary>
    private double Baseline(int count, string output, CancellationToken cancel)
    {
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig { BootstrapServers = _bootstrap, GroupId = $"bench-baseline-{Guid.NewGuid():N}", AutoOffsetReset = AutoOffsetReset.Earliest, EnableAutoCommit = false })
            .SetLogHandler((_, _) => { }).Build();
        using var producer = new ProducerBuilder<byte[]?, byte[]?>(new ProducerConfig { BootstrapServers = _bootstrap, EnableIdempotence = true, Acks = Acks.All, LingerMs = 5, Partitioner = Partitioner.Murmur2Random })
            .SetLogHandler((_, _) => { }).Build();
        Stopwatch? clock = null;
        consumer.Subscribe(CdcTopics);
        var done = 0;
        while (done < count && !cancel.IsCancellationRequested)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(100)) is not { } record)
            {
                continue;
            }

            clock ??= Stopwatch.StartNew();

            producer.Produce(output, new Message<byte[]?, byte[]?> { Key = record.Message.Key, Value = record.Message.Value });
            if (++done % 1000 == 0 || done == count)
            {
                producer.Flush(cancel);
                consumer.Commit();
            }
        }

        var seconds = clock?.Elapsed.TotalSeconds ?? double.NaN;
        consumer.Close();
        return count / seconds;
    }
}
