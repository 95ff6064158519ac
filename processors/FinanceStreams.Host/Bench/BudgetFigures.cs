namespace FinanceStreams.Host.Bench;

/// <summary>
/// The budget topology's figures: input events, events/s warm (the topology's throughput) and cold (its first run in a
/// new process), state store writes (changelog records) per input event, the load offered for latency and the latencies.
/// </summary>
internal sealed record BudgetFigures(long InputEvents, double EventsPerSecond, double ColdEventsPerSecond, double ChangelogRecordsPerEvent, double OfferedLoadEventsPerSecond, IReadOnlyDictionary<string, LatencyFigures> LatencyMs);
