using FinanceStreams.Host.Simulation;

namespace FinanceStreams.IntegrationTests.Reliability;

/// <summary>
/// How much a fault scenario does: the short profile runs inside <c>make test</c>, the long one behind
/// <c>make soak</c> (<c>FINANCE_STREAMS_SOAK=1</c>).
/// </summary>
/// <param name="Cases">Simulated business cases (about 7.5 change events each).</param>
/// <param name="Rate">Events per second the simulator offers.</param>
/// <param name="Faults">Faults injected (kills, scale steps or broker outages).</param>
/// <param name="Settle">How long the outputs may take to agree with the batch computation after the last fault.</param>
internal sealed record ReliabilityProfile(int Cases, double Rate, int Faults, TimeSpan Settle)
{
    public static readonly ReliabilityProfile Short = new(120, 40, 3, TimeSpan.FromMinutes(3));

    public static readonly ReliabilityProfile Soak = new(2500, 120, 25, TimeSpan.FromMinutes(10));

    public static ReliabilityProfile Current => Environment.GetEnvironmentVariable("FINANCE_STREAMS_SOAK") == "1" ? Soak : Short;

    /// <summary>About how long the simulator produces.</summary>
    public TimeSpan Production => TimeSpan.FromSeconds(((Cases * 7.5) + 100) / Rate);

    /// <summary>The simulator's options for <paramref name="seed"/>: every anomaly kind, several buckets and suppliers.</summary>
    public SimulationOptions Simulation(int seed) => new(Cases, Rate, CostCenters: 6, Suppliers: 12, AnomalyRate: 0.3, Seed: seed);

    /// <summary>A pause before the next fault: the production time spread over the faults, from half to one and a half times the mean.</summary>
    public TimeSpan NextPause(Random random) => Production / (Faults + 1) * (0.5 + random.NextDouble());
}
