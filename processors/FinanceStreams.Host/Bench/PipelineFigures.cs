namespace FinanceStreams.Host.Bench;

/// <summary>The whole pipeline's figures (<see cref="WholePipelineBench"/>); <paramref name="StreamThreads"/>: per topology.</summary>
internal sealed record PipelineFigures(long InputEvents, int StreamThreads, double EventsPerSecond, double OfferedLoadEventsPerSecond, IReadOnlyDictionary<string, LatencyFigures> LatencyMs, string LargestStore, long LargestStoreRecords, double RestoreRecordsPerSecond, double PeakWorkingSetMb);
