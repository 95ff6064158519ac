namespace FinanceStreams.Host.Bench;

/// <summary>The whole pipeline's figures (<see cref="WholePipelineBench"/>).</summary>
internal sealed record PipelineFigures(long InputEvents, double EventsPerSecond, double OfferedLoadEventsPerSecond, IReadOnlyDictionary<string, LatencyFigures> LatencyMs, string LargestStore, long LargestStoreRecords, double RestoreRecordsPerSecond, double PeakWorkingSetMb);
