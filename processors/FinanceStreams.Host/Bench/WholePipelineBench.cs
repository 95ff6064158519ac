using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Host.Cli;
using FinanceStreams.Host.Streams;
using FinanceStreams.Host.Topologies;

namespace FinanceStreams.Host.Bench;

/// <summary>
/// Every topology of the pipeline on Streamiz in this process, as <c>run</c> starts them (its stream threads per topology,
/// one unless <c>Streams:NumStreamThreads</c> says otherwise; application ids suffixed <c>-pipeline</c>, so the budget
/// bench's groups do not interfere), over every CDC event in the topics: throughput from
/// the first input record to the last output record; then the restore of every store into a fresh state directory
/// (from the first restored record to the last); then end-to-end latency at half the throughput.
/// </summary>
internal sealed class WholePipelineBench(LocalStack stack, ContractSerdes serdes, TextWriter log)
{
    private static readonly string[] Outputs =
    [
        Topics.BudgetConsumption.Name, Topics.BudgetAlerts.Name, Topics.BudgetChecks.Name, Topics.InvoiceStatus.Name, Topics.UnmatchedInvoices.Name,
        Topics.DuplicateInvoices.Name, Topics.PostingCommands.Name, Topics.PostingStatus.Name, Topics.Reconciliation.Name,
    ];

    private readonly string _bootstrap = stack.Broker.BootstrapServers;

    public async Task<PipelineFigures> RunAsync(int nextCase, TimeSpan latencyWindow, CancellationToken cancel)
    {
        var (rate, inputs) = await ThroughputAsync(cancel).ConfigureAwait(false);
        var peakMb = System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1024d / 1024d;
        using var restore = new RestoreWatch();
        var restored = Start();
        try
        {
            await StartAsync(restored, cancel).ConfigureAwait(false);
            await WaitRunningAsync(restored, cancel).ConfigureAwait(false);
            await restore.QuietAsync(TimeSpan.FromSeconds(2), cancel).ConfigureAwait(false);
            var (largest, records) = restore.Stores.DefaultIfEmpty(KeyValuePair.Create("none", 0L)).MaxBy(s => s.Value);
            var restoreRate = restore.Stores.Values.Sum() / Math.Max(0.001, restore.Span.TotalSeconds);
            await log.WriteLineAsync($"   restore: {restoreRate:N0} records/s ({restore.Stores.Values.Sum():N0} records in {restore.Span.TotalSeconds:N1} s; largest store {largest}, {records:N0})").ConfigureAwait(false);
            await log.WriteLineAsync($"   restored per store: {string.Join(", ", restore.Stores.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value:N0}"))}").ConfigureAwait(false);
            var offered = Math.Max(1, rate / 2);
            var latency = await new LiveLoad(Topics.InvoiceStatus.Name, offered, latencyWindow, EventsPerCase: 7, ExtraOutputs: [Topics.BudgetConsumption.Name]).MeasureAsync(_bootstrap, nextCase, seed: 2, log, cancel).ConfigureAwait(false);
            return new PipelineFigures(inputs, restored[0].StreamThreads, rate, offered, latency, largest, records, restoreRate, peakMb);
        }
        finally
        {
            restored.ForEach(p => p.Dispose());
        }
    }

    private async Task<(double Rate, long Inputs)> ThroughputAsync(CancellationToken cancel)
    {
        var pipelines = Start();
        try
        {
            var sources = CatchUp.Sizes(_bootstrap, pipelines.SelectMany(p => p.SourceTopics));
            var inputs = sources.Values.Sum();
            await log.WriteLineAsync($"== whole pipeline ({string.Join(", ", pipelines.Select(p => p.ApplicationId))}, Streamiz): {inputs:N0} input events ==").ConfigureAwait(false);
            await using var watch = new OutputWatch(_bootstrap, Outputs, DateTimeOffset.MaxValue);
            using var firstInput = new FirstInput();
            await StartAsync(pipelines, cancel).ConfigureAwait(false);
            var work = ProcessWork.Now();
            await CatchUp.WaitAsync(_bootstrap, pipelines, watch, "The pipeline", cancel).ConfigureAwait(false);
            work = ProcessWork.Now() - work;
            var seconds = (watch.LastArrival!.Value - firstInput.At!.Value).TotalSeconds;
            var rate = inputs / seconds;
            await log.WriteLineAsync($"   whole pipeline: {rate:N0} events/s ({inputs:N0} in {seconds:N1} s, {watch.Records:N0} output records)").ConfigureAwait(false);
            await log.WriteLineAsync($"   while it ran: {work.Describe(seconds, inputs)}").ConfigureAwait(false);
            await log.WriteLineAsync($"   changelog records: {CatchUp.Describe(CatchUp.Sizes(_bootstrap, pipelines.SelectMany(p => p.ChangelogTopics)))}").ConfigureAwait(false);
            await log.WriteLineAsync($"   repartition records: {CatchUp.Describe(CatchUp.Sizes(_bootstrap, pipelines.SelectMany(p => p.ConsumedTopics.Except(p.SourceTopics)).Distinct()))}").ConfigureAwait(false);
            return (rate, inputs);
        }
        finally
        {
            pipelines.ForEach(p => p.Dispose());
        }
    }

    /// <summary>The topologies, each with a fresh state directory.</summary>
    private List<StreamizPipeline> Start()
    {
        var connection = new ClusterConnection(_bootstrap, stack.Broker.ControlUrl);
        return
        [
            .. PipelineTopologies.All.Select(t =>
            {
                var settings = ConfiguredStreamsSettings.For($"{t.ApplicationId}-pipeline", connection);
                return new StreamizPipeline(t, connection, serdes, settings with { StateDir = Directory.CreateTempSubdirectory("bench-pipeline-").FullName });
            }),
        ];
    }

    private static async Task StartAsync(List<StreamizPipeline> pipelines, CancellationToken cancel)
    {
        foreach (var pipeline in pipelines)
        {
            await pipeline.StartAsync(cancel).ConfigureAwait(false);
        }
    }

    private static async Task WaitRunningAsync(List<StreamizPipeline> pipelines, CancellationToken cancel)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!pipelines.All(p => p.IsReady) && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(100, cancel).ConfigureAwait(false);
        }
    }
}
