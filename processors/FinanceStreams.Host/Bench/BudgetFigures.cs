namespace FinanceStreams.Host.Bench;

/// <summary>The budget topology's figures: input events, events/s, the load offered for latency and the latencies.</summary>
internal sealed record BudgetFigures(long InputEvents, double EventsPerSecond, double OfferedLoadEventsPerSecond, IReadOnlyDictionary<string, LatencyFigures> LatencyMs);
