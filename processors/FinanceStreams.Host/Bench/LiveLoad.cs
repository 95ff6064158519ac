using System.Diagnostics;
using FinanceStreams.Host.Simulation;

namespace FinanceStreams.Host.Bench;

/// <summary>
/// A latency measurement: new simulated cases offered at a steady rate with event time = produce time, then the
/// latency (visible to a read_committed consumer − event time) of the outputs of those events only.
/// </summary>
/// <param name="Output">The topic whose latency is measured.</param>
/// <param name="Rate">Events per second offered.</param>
/// <param name="Window">About how long to offer them.</param>
/// <param name="EventsPerCase">Events a case has (of <paramref name="Topics"/> when given), to size the run.</param>
/// <param name="Topics">The input topics to offer (null: every topic of the simulation).</param>
/// <param name="ExtraOutputs">More topics whose latency is measured.</param>
internal sealed record LiveLoad(string Output, double Rate, TimeSpan Window, int EventsPerCase, IReadOnlyCollection<string>? Topics = null, IReadOnlyCollection<string>? ExtraOutputs = null)
{
    /// <summary>Offers the cases from <paramref name="firstCase"/> on (seed <paramref name="seed"/>) and measures; ten seconds at least for the last outputs, a minute at most while none has come.</summary>
    public async Task<IReadOnlyDictionary<string, LatencyFigures>> MeasureAsync(string bootstrapServers, int firstCase, int seed, TextWriter log, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(log);
        await using var watch = new OutputWatch(bootstrapServers, [Output, .. ExtraOutputs ?? []], TimeProvider.System.GetUtcNow());
        var cases = (int)Math.Max(1, Rate * Window.TotalSeconds / EventsPerCase);
        var live = new CdcSimulator(new SimulationOptions(Cases: cases, Rate: Rate, AnomalyRate: 0.1, Seed: seed, FirstCase: firstCase)).Events()
            .Where(e => e.Event.Op != "r" && (Topics is null || Topics.Contains(e.Event.Topic)))
            .Select(e => e with { Event = e.Event with { EventTime = TimeProvider.System.GetUtcNow() } });
        await log.WriteLineAsync($"== latency to {Output}: {cases:N0} new cases at {Rate:N0} events/s ==").ConfigureAwait(false);
        await SimulationRunner.RunAsync(bootstrapServers, live, Rate, TextWriter.Null, cancel).ConfigureAwait(false);
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(10) || (waited.Elapsed < TimeSpan.FromSeconds(60) && !watch.EveryTopicSeen))
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancel).ConfigureAwait(false);
        }

        return await watch.LatenciesAsync().ConfigureAwait(false);
    }
}
