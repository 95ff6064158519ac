using System.Diagnostics;

namespace FinanceStreams.Host.Bench;

/// <summary>
/// The process's work so far: processor time (all its threads, less noisy than a rate on a shared machine) and
/// garbage collections (counts per generation, time paused, bytes allocated).
/// </summary>
internal readonly record struct ProcessWork(TimeSpan Processor, int Gen0, int Gen1, int Gen2, TimeSpan Paused, long AllocatedBytes)
{
    public static ProcessWork Now()
    {
        using var process = Process.GetCurrentProcess();
        return new(process.TotalProcessorTime, GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
    }

    public static ProcessWork operator -(ProcessWork a, ProcessWork b) =>
        new(a.Processor - b.Processor, a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.Paused - b.Paused, a.AllocatedBytes - b.AllocatedBytes);

    /// <summary>What <paramref name="events"/> input events cost over <paramref name="seconds"/> of run.</summary>
    public string Describe(double seconds, long events) =>
        $"processor {Processor.TotalSeconds:N1} s ({Processor.TotalMicroseconds / events:N0} µs per input event); garbage collection {Gen0:N0} gen0 / {Gen1:N0} gen1 / {Gen2:N0} gen2, " +
        $"paused {Paused.TotalMilliseconds:N0} ms ({Paused.TotalSeconds / seconds:P0} of the run), {AllocatedBytes / 1048576.0:N0} MiB allocated ({AllocatedBytes / 1024.0 / events:N0} KiB per input event)";
}
