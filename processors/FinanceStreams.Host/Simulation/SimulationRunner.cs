using System.Diagnostics;
using Confluent.Kafka;

namespace FinanceStreams.Host.Simulation;

/// <summary>Produces simulated events to a cluster at a steady rate, reporting progress about once a second.</summary>
internal static class SimulationRunner
{
    /// <summary>Produces every event (awaiting delivery); returns the count and the anomalies injected, per kind (cases, not events).</summary>
    public static async Task<SimulationSummary> RunAsync(string bootstrapServers, IEnumerable<SimulatedEvent> events, double rate, TextWriter progress, CancellationToken cancel)
    {
        using var producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig { BootstrapServers = bootstrapServers, EnableIdempotence = true, LingerMs = 5, Partitioner = Partitioner.Murmur2Random })
            .SetLogHandler((_, _) => { })
            .Build();
        var clock = Stopwatch.StartNew();
        var summary = new SimulationSummary();
        var lastReport = TimeSpan.Zero;
        Exception? failure = null;
        foreach (var simulated in events)
        {
            cancel.ThrowIfCancellationRequested();
            if (failure is not null)
            {
                throw new InvalidOperationException($"Producing simulated CDC failed: {failure.Message}", failure);
            }

            var e = simulated.Event;
            producer.Produce(e.Topic, new Message<byte[], byte[]> { Key = e.KeyJson(), Value = e.ValueJson() }, report => failure ??= report.Error.IsError ? new KafkaException(report.Error) : null);
            summary.Count(simulated);
            // the time left is read once: read twice, it could turn negative between the test and the wait
            if (rate > 0 && TimeSpan.FromSeconds(summary.Events / rate) - clock.Elapsed is var ahead && ahead > TimeSpan.Zero)
            {
                await Task.Delay(ahead, cancel).ConfigureAwait(false);
            }

            if (clock.Elapsed - lastReport >= TimeSpan.FromSeconds(1))
            {
                lastReport = clock.Elapsed;
                await progress.WriteLineAsync($"[simulate] {summary.Events:N0} events, {summary.Cases:N0} cases, {summary.Events / clock.Elapsed.TotalSeconds:N0}/s, anomalies {summary.AnomalyCases:N0}").ConfigureAwait(false);
            }
        }

        producer.Flush(cancel);
        return failure is null ? summary : throw new InvalidOperationException($"Producing simulated CDC failed: {failure.Message}", failure);
    }
}

/// <summary>What a simulation produced.</summary>
internal sealed class SimulationSummary
{
    private readonly HashSet<(string, Anomaly)> _anomalousCases = [];

    public long Events { get; private set; }

    public long Cases { get; private set; }

    /// <summary>Cases with an anomaly, per kind.</summary>
    public IReadOnlyDictionary<Anomaly, int> Anomalies => _anomalousCases.GroupBy(c => c.Item2).ToDictionary(g => g.Key, g => g.Count());

    public int AnomalyCases => _anomalousCases.Count;

    public void Count(SimulatedEvent simulated)
    {
        ArgumentNullException.ThrowIfNull(simulated);
        Events++;
        if (simulated.Event.Topic.EndsWith(".requisitions", StringComparison.Ordinal))
        {
            Cases++;
        }

        if (simulated.Anomaly is { } anomaly)
        {
            _anomalousCases.Add((Cases.ToString(System.Globalization.CultureInfo.InvariantCulture), anomaly));
        }
    }
}
