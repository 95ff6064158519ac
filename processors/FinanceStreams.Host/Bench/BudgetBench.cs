using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Host.Cli;
using FinanceStreams.Host.Streams;
using FinanceStreams.Host.Topologies;
using FinanceStreams.Streaming.Settings;

namespace FinanceStreams.Host.Bench;

/// <summary>
/// The budget topology alone on Streamiz, over the CDC the benchmark produced: throughput from its first
/// input record (group joined, tasks assigned, first fetch answered) to its last output record, cold and warm, then
/// end-to-end latency at half the warm rate, offering new budget-relevant events with event time = produce time.
/// It runs as a lone instance is best deployed: a stream thread per partition (<c>Streams:NumStreamThreads</c> overrides).
/// </summary>
internal sealed class BudgetBench(LocalStack stack, ContractSerdes serdes, TextWriter log)
{
    private static readonly string[] Outputs = [Topics.BudgetConsumption.Name, Topics.BudgetAlerts.Name, Topics.BudgetChecks.Name];
    private readonly string _bootstrap = stack.Broker.BootstrapServers;

    /// <summary>
    /// Runs both measurements; <paramref name="nextCase"/> is the first case number not yet simulated. The throughput is
    /// measured twice over the same input: first cold, by an instance of its own (application id
    /// <c>&lt;id&gt;-cold</c>), in a process that has not run the topology yet, so that the runtime compiles its code
    /// during the run; then warm, by the application itself, as a running service processes. The warm figure is the
    /// topology's throughput; the cold one is printed beside it.
    /// </summary>
    public async Task<BudgetFigures> RunAsync(int nextCase, TimeSpan latencyWindow, CancellationToken cancel)
    {
        var topology = PipelineTopologies.StreamizBudget;
        var connection = new ClusterConnection(_bootstrap, stack.Broker.ControlUrl);
        var settings = ConfiguredStreamsSettings.For(topology.ApplicationId, connection, threads: Topics.Partitions);
        double cold;
        using (var first = Pipeline(topology, connection, settings with { ApplicationId = $"{settings.ApplicationId}-cold" }))
        {
            (cold, _) = await ThroughputAsync(first, "cold, the first run of the topology in this process", cancel).ConfigureAwait(false);
        }

        using var pipeline = Pipeline(topology, connection, settings);
        var (rate, inputs) = await ThroughputAsync(pipeline, "warm", cancel).ConfigureAwait(false);
        var changelogs = CatchUp.Sizes(_bootstrap, pipeline.ChangelogTopics);
        var changelogPerEvent = (double)changelogs.Values.Sum() / inputs;
        await log.WriteLineAsync($"   changelog records: {changelogPerEvent:N1} per input event ({CatchUp.Describe(changelogs)})").ConfigureAwait(false);
        await log.WriteLineAsync($"   repartition records: {CatchUp.Describe(CatchUp.Sizes(_bootstrap, pipeline.ConsumedTopics.Except(pipeline.SourceTopics)))}").ConfigureAwait(false);

        var offered = Math.Max(1, rate / 2);
        var latency = await new LiveLoad(Topics.BudgetConsumption.Name, offered, latencyWindow, EventsPerCase: 6, pipeline.SourceTopics).MeasureAsync(_bootstrap, nextCase, seed: 3, log, cancel).ConfigureAwait(false);
        return new BudgetFigures(inputs, rate, cold, changelogPerEvent, offered, latency);
    }

    private StreamizPipeline Pipeline(PipelineTopology topology, ClusterConnection connection, StreamsSettings settings) =>
        new(topology, connection, serdes, settings with { StateDir = Directory.CreateTempSubdirectory("bench-budget-").FullName });

    /// <summary>Input events per second of <paramref name="pipeline"/> over every input, from its first input record to its last output record; and the input events.</summary>
    private async Task<(double Rate, long Inputs)> ThroughputAsync(StreamizPipeline pipeline, string pass, CancellationToken cancel)
    {
        var sources = CatchUp.Sizes(_bootstrap, pipeline.SourceTopics);
        var inputs = sources.Values.Sum();
        await log.WriteLineAsync($"== budget topology alone (Streamiz, {pipeline.ApplicationId}, {pass}): {inputs:N0} input events ({CatchUp.Describe(sources)}) ==").ConfigureAwait(false);
        await using var watch = new OutputWatch(_bootstrap, Outputs, DateTimeOffset.MaxValue);
        using var firstInput = new FirstInput();
        await pipeline.StartAsync(cancel).ConfigureAwait(false);
        var work = ProcessWork.Now();
        await CatchUp.WaitAsync(_bootstrap, [pipeline], watch, "The budget topology", cancel).ConfigureAwait(false);
        work = ProcessWork.Now() - work;
        var seconds = (watch.LastArrival!.Value - firstInput.At!.Value).TotalSeconds;
        var rate = inputs / seconds;
        var joining = (firstInput.At.Value - pipeline.RunningSince!.Value).TotalSeconds;
        await log.WriteLineAsync($"   budget topology ({pass}): {rate:N0} events/s ({inputs:N0} in {seconds:N1} s, {watch.Records:N0} output records; {joining:N1} s from running to its first input record, not counted)").ConfigureAwait(false);
        await log.WriteLineAsync($"   while it ran: {work.Describe(seconds, inputs)}").ConfigureAwait(false);
        return (rate, inputs);
    }
}
