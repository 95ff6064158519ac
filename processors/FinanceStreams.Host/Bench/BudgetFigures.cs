namespace FinanceStreams.Host.Bench;

/// <summary>The budget topology's figures: input events, events/s, state store writes (changelog records) per input event, the load offered for latency and the latencies.</summary>
internal sealed record BudgetFigures(long InputEvents, double EventsPerSecond, double ChangelogRecordsPerEvent, double OfferedLoadEventsPerSecond, IReadOnlyDictionary<string, LatencyFigures> LatencyMs);
