namespace FinanceStreams.Host.Bench;

/// <summary>The process's garbage collections so far: counts per generation and time paused.</summary>
internal readonly record struct GcWork(int Gen0, int Gen1, int Gen2, TimeSpan Paused, long AllocatedBytes)
{
    public static GcWork Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());

    public static GcWork operator -(GcWork a, GcWork b) =>
        new(a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.Paused - b.Paused, a.AllocatedBytes - b.AllocatedBytes);

    /// <summary>What happened over <paramref name="seconds"/> of run.</summary>
    public string Describe(double seconds) =>
        $"{Gen0:N0} gen0 / {Gen1:N0} gen1 / {Gen2:N0} gen2 collections, paused {Paused.TotalMilliseconds:N0} ms ({Paused.TotalSeconds / seconds:P0} of the run), {AllocatedBytes / 1048576.0:N0} MiB allocated";
}
