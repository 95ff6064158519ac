using System.Diagnostics;
using FinanceStreams.Host.Cli;
using FinanceStreams.Host.Streams;
using FinanceStreams.Host.Topologies;

namespace FinanceStreams.Host.Bench;

/// <summary>
/// Recovery after a crash, as an operator meets it: <c>run</c> as a process of its own over the bench's topics (its own
/// consumer groups, so it reads every event), killed with SIGKILL while it processes, then started again on the same
/// state directory. The figure is the time from the new process's start to every topology logging
/// <see cref="StreamizPipeline.RunningMarker"/>: process start, group join (the killed members still count until their
/// session times out) and the restore of every store.
/// </summary>
internal sealed class RecoveryBench(LocalStack stack, TextWriter log)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    public async Task<RecoveryFigures> RunAsync(TimeSpan processFor, CancellationToken cancel)
    {
        var state = Path.Combine(DevPaths.Root, "bench-recovery", Guid.NewGuid().ToString("N"));
        await log.WriteLineAsync($"== recovery: run as its own process, SIGKILL after {processFor.TotalSeconds:N0} s of processing, restarted on its state directory ==").ConfigureAwait(false);
        using (var crashed = Start(state, "recovery-first.log"))
        {
            await EveryTopologyRunningAsync(crashed, Stopwatch.StartNew(), cancel).ConfigureAwait(false);
            await Task.Delay(processFor, cancel).ConfigureAwait(false);
            crashed.Kill();
        }

        var clock = Stopwatch.StartNew();
        using var restarted = Start(state, "recovery-restarted.log");
        try
        {
            var times = await EveryTopologyRunningAsync(restarted, clock, cancel).ConfigureAwait(false);
            var (first, every) = (times.Min(), times.Max());
            await log.WriteLineAsync($"   recovery: every task running {every.TotalSeconds:N1} s after the restart (first topology {first.TotalSeconds:N1} s)").ConfigureAwait(false);
            return new RecoveryFigures(processFor.TotalSeconds, first.TotalSeconds, every.TotalSeconds);
        }
        finally
        {
            restarted.Stop(TimeSpan.FromSeconds(30));
        }
    }

    private ChildProcess Start(string state, string logName) =>
        ChildProcess.StartSelf(Path.Combine(DevPaths.Root, logName), "run", "--info-file", stack.BrokerInfoFile, "--schema-registry-url", stack.RegistryUrl, "--http-port", "0", "--state-dir", state);

    /// <summary>When each topology of <paramref name="process"/> logged that all its tasks run, on <paramref name="clock"/>.</summary>
    private static async Task<TimeSpan[]> EveryTopologyRunningAsync(ChildProcess process, Stopwatch clock, CancellationToken cancel) =>
        await Task.WhenAll(PipelineTopologies.All.Select(async topology =>
        {
            await process.WaitForLineAsync($"[{topology.Name}] {StreamizPipeline.RunningMarker}", StartTimeout, cancel).ConfigureAwait(false);
            return clock.Elapsed;
        })).ConfigureAwait(false);
}
