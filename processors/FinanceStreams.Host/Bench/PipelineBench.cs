using System.Diagnostics;
using Confluent.Kafka;
using Confluent.SchemaRegistry;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Host.Cli;
using FinanceStreams.Host.Simulation;
using FinanceStreams.Host.Topologies;
using StreamKit.Admin;
using StreamKit.Errors;
using StreamKit.Partitioning;
using StreamKit.Runtime;

namespace FinanceStreams.Host.Bench;

/// <summary>
/// One benchmark run on the local broker: simulated CDC, then (1) a plain consume → produce baseline over the
/// same topics, (2) the budget topology alone on Streamiz (<see cref="BudgetBench"/>), (3) the topologies still on
/// StreamKit: throughput from the start of the topics, restore of every store from its changelog, end-to-end
/// latency at half the measured throughput, with event time = produce time.
/// </summary>
internal sealed class PipelineBench(LocalStack stack, int cases, TimeSpan latencyWindow, TextWriter log, bool budgetOnly = false)
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(8);
    private readonly string _bootstrap = stack.Broker.BootstrapServers;

    /// <summary>Runs every phase; with <c>budgetOnly</c>, the baseline and the budget topology only (null: nothing to write).</summary>
    public async Task<BenchResults?> RunAsync(CancellationToken cancel)
    {
        using (var admin = TopicAdmins.Create(stack.Broker))
        {
            await admin.EnsureTopicsAsync([.. Topics.All, new TopicSpec(BaselineTopic, Topics.Partitions)], cancel).ConfigureAwait(false);
        }

        var events = new CdcSimulator(new SimulationOptions(Cases: cases, Rate: 0, AnomalyRate: 0.1, Seed: 1)).Events().ToList();
        var bytes = events.Average(e => e.Event.KeyJson().Length + e.Event.ValueJson().Length);
        await log.WriteLineAsync($"== producing {events.Count:N0} simulated CDC events ({bytes:N0} bytes on average) ==").ConfigureAwait(false);
        await SimulationRunner.RunAsync(_bootstrap, events, 0, TextWriter.Null, cancel).ConfigureAwait(false);

        var coldBaseline = Baseline(events.Count, cancel);
        var baseline = Baseline(events.Count, cancel);
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

        using var probe = new RuntimeProbe();
        var inputs = CdcRecords();
        var (pipeline, streams) = await ThroughputAsync(inputs, probe, serdes, cancel).ConfigureAwait(false);
        await log.WriteLineAsync($"   pipeline: {pipeline:N0} events/s ({inputs:N0} input events: the bench's and the budget latency phase's)").ConfigureAwait(false);
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1024d / 1024d;
        foreach (var s in streams)
        {
            await s.DisposeAsync().ConfigureAwait(false);
        }

        var (restoreRate, largest, largestRecords, restored) = await RestoreAsync(probe, serdes, cancel).ConfigureAwait(false);
        await log.WriteLineAsync($"   restore: {restoreRate:N0} records/s; largest store {largest} ({largestRecords:N0} records)").ConfigureAwait(false);
        var offered = Math.Max(1, pipeline / 2);
        // outputs of events produced in this phase only (the restored instances may still emit older ones)
        var latency = await new LiveLoad(Topics.InvoiceStatus.Name, offered, latencyWindow, EventsPerCase: 7).MeasureAsync(_bootstrap, cases + 1, seed: 2, log, cancel).ConfigureAwait(false);
        foreach (var s in restored)
        {
            await s.DisposeAsync().ConfigureAwait(false);
        }

        return new BenchResults
        {
            Machine = $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024 / 1024} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}",
            Events = events.Count,
            AverageRecordBytes = bytes,
            BaselineEventsPerSecond = baseline,
            Budget = budget,
            PipelineEventsPerSecond = pipeline,
            OfferedLoadEventsPerSecond = offered,
            LatencyMs = latency,
            LargestStore = largest,
            LargestStoreRecords = largestRecords,
            RestoreRecordsPerSecond = restoreRate,
            PeakWorkingSetMb = peakMb,
            MeasuredAt = DateTimeOffset.FromUnixTimeMilliseconds(TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private const string BaselineTopic = "bench.baseline-out";

    /// <summary>The budget's latency phase simulates cases from here on, apart from every other phase's.</summary>
    private const int BudgetLatencyFirstCase = 10_000_000;

    private static string[] CdcTopics => [.. Topics.All.Select(t => t.Name).Where(n => n.Contains(".public.", StringComparison.Ordinal))];

    /// <summary>
    /// Plain at-least-once consume → produce of every event (commit after the produced records are acknowledged),
    /// timed as the topologies are: from the first record consumed (the group joined) to the last one acknowledged.
    /// </summary>
    private double Baseline(int count, CancellationToken cancel)
    {
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig { BootstrapServers = _bootstrap, GroupId = $"bench-baseline-{Guid.NewGuid():N}", AutoOffsetReset = AutoOffsetReset.Earliest, EnableAutoCommit = false })
            .SetLogHandler((_, _) => { }).Build();
        using var producer = new ProducerBuilder<byte[]?, byte[]?>(new ProducerConfig { BootstrapServers = _bootstrap, EnableIdempotence = true, Acks = Acks.All, LingerMs = 5 })
            .SetDefaultPartitioner(KafkaPartitioners.Murmur2).SetLogHandler((_, _) => { }).Build();
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

            producer.Produce(BaselineTopic, new Message<byte[]?, byte[]?> { Key = record.Message.Key, Value = record.Message.Value });
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

    /// <summary>
    /// The records in the CDC topics now, which the StreamKit topologies read from the start: the bench's events and those
    /// the budget latency phase added (counting only the bench's made the figure fall as the budget got faster).
    /// </summary>
    private long CdcRecords()
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = _bootstrap }).SetLogHandler((_, _) => { }).Build();
        using var consumer = new ConsumerBuilder<byte[], byte[]>(new ConsumerConfig { BootstrapServers = _bootstrap, GroupId = "bench-watermarks" }).SetLogHandler((_, _) => { }).Build();
        var metadata = admin.GetMetadata(TimeSpan.FromSeconds(10));
        return metadata.Topics.Where(t => CdcTopics.Contains(t.Topic)).SelectMany(t => t.Partitions.Select(p => new TopicPartition(t.Topic, p.PartitionId)))
            .Sum(partition => consumer.QueryWatermarkOffsets(partition, TimeSpan.FromSeconds(10)) is var w ? w.High.Value - w.Low.Value : 0);
    }

    /// <summary>The StreamKit topologies in this process from the start of the topics, until every input is processed and all is quiet.</summary>
    private async Task<(double EventsPerSecond, List<KafkaStreams> Streams)> ThroughputAsync(long count, RuntimeProbe probe, ContractSerdes serdes, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var streams = await StartAsync(serdes, cancel).ConfigureAwait(false);
        var (lastProcessed, lastChange) = (-1L, TimeSpan.Zero);
        while (clock.Elapsed - lastChange < Quiet || probe.Lag() > 0)
        {
            var processed = probe.Processed;
            if (processed != lastProcessed)
            {
                (lastProcessed, lastChange) = (processed, clock.Elapsed);
            }

            await Task.Delay(250, cancel).ConfigureAwait(false);
        }

        return (count / lastChange.TotalSeconds, streams);
    }

    /// <summary>Restores every store of the StreamKit topologies into a fresh state directory; the rate runs from the first restored record to the last.</summary>
    private async Task<(double RecordsPerSecond, string Largest, long LargestRecords, List<KafkaStreams> Streams)> RestoreAsync(RuntimeProbe probe, ContractSerdes serdes, CancellationToken cancel)
    {
        var before = probe.Restored.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var streams = await StartAsync(serdes, cancel).ConfigureAwait(false);
        var (firstRestore, lastChange) = ((TimeSpan?)null, TimeSpan.Zero);
        var total = 0L;
        while ((total == 0 && clock.Elapsed < TimeSpan.FromSeconds(60)) || clock.Elapsed - lastChange < TimeSpan.FromSeconds(3) || probe.RestoreRemaining > 0)
        {
            var now = probe.Restored.Values.Sum() - before.Values.Sum();
            if (now != total)
            {
                firstRestore ??= clock.Elapsed;
                (total, lastChange) = (now, clock.Elapsed);
            }

            await Task.Delay(100, cancel).ConfigureAwait(false);
        }

        var largest = probe.Restored.Select(kv => (kv.Key, Records: kv.Value - before.GetValueOrDefault(kv.Key))).DefaultIfEmpty((Key: "none", Records: 0L)).MaxBy(x => x.Records);
        var seconds = (lastChange - (firstRestore ?? lastChange)).TotalSeconds;
        return (total / Math.Max(0.001, seconds), largest.Key, largest.Records, streams);
    }

    private async Task<List<KafkaStreams>> StartAsync(ContractSerdes serdes, CancellationToken cancel)
    {
        var state = Directory.CreateTempSubdirectory("bench-state-").FullName;
        var streams = new List<KafkaStreams>();
        foreach (var topology in PipelineTopologies.All.Where(t => !t.OnStreamiz))
        {
            var config = new StreamsConfig(topology.ApplicationId, _bootstrap)
            {
                DevBrokerControlUrl = stack.Broker.ControlUrl,
                StateDirectory = Path.Combine(state, topology.Name),
                RecordErrors = RecordErrorHandling.DeadLetter(Topics.DeadLetters.Name),
            };
            var s = new KafkaStreams(topology.Build!(serdes), config, _ => { });
            await s.StartAsync(cancel).ConfigureAwait(false);
            streams.Add(s);
        }

        return streams;
    }
}
