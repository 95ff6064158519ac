using System.Globalization;
using FinanceStreams.Host.Cli;
using FinanceStreams.Host.Streams;
using FinanceStreams.Host.Topologies;

namespace FinanceStreams.Host.Bench;

/// <summary>
/// Recovery after a crash, as an operator meets it: <c>run</c> as a process of its own over the bench's topics (its own
/// consumer groups, so it reads every event), killed with SIGKILL while it processes, then started again on the same
/// state directory. The figure is the time from the new process's start to every topology's last
/// <see cref="StreamizPipeline.RunningMarker"/> before the instance settles (no new one for 5 s): process start, group
/// join (the killed members still count until their session times out), rebalances and the restore of every store.
/// </summary>
internal sealed class RecoveryBench(LocalStack stack, TextWriter log)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan QuietFor = TimeSpan.FromSeconds(5);

    public async Task<RecoveryFigures> RunAsync(TimeSpan processFor, CancellationToken cancel)
    {
        var state = Path.Combine(DevPaths.Root, "bench-recovery", Guid.NewGuid().ToString("N"));
        await log.WriteLineAsync($"== recovery: run as its own process, SIGKILL after {processFor.TotalSeconds:N0} s of processing, restarted on its state directory ==").ConfigureAwait(false);
        using (var crashed = Start(state, "recovery-first.log"))
        {
            await EveryTopologyRunningAsync(crashed, cancel).ConfigureAwait(false);
            await Task.Delay(processFor, cancel).ConfigureAwait(false);
            crashed.Kill();
        }

        var started = TimeProvider.System.GetUtcNow();
        using var restarted = Start(state, "recovery-restarted.log");
        try
        {
            await EveryTopologyRunningAsync(restarted, cancel).ConfigureAwait(false);
            await SettledAsync(restarted, cancel).ConfigureAwait(false);
            var times = PipelineTopologies.All.Select(t => LastRunning(restarted, t, started) - started).ToArray();
            var (first, every) = (times.Min(), times.Max());
            await log.WriteLineAsync($"   recovery: every task running {every.TotalSeconds:N1} s after the restart (first topology {first.TotalSeconds:N1} s)").ConfigureAwait(false);
            return new RecoveryFigures(processFor.TotalSeconds, first.TotalSeconds, every.TotalSeconds);
        }
        finally
        {
            restarted.Stop(TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>
    /// Waits until no topology has logged that its tasks run for <see cref="QuietFor"/>: an instance's stream threads join
    /// one after another, and a rebalance after the first assignment moves tasks (which restore again) and is logged again.
    /// </summary>
    private static Task SettledAsync(ChildProcess process, CancellationToken cancel) =>
        Quiet.UntilUnchangedAsync(() => process.LinesWith(StreamizPipeline.RunningMarker).Count, QuietFor, cancel);

    /// <summary>When <paramref name="topology"/> last logged that its tasks run (the log line's UTC time of day).</summary>
    private static DateTimeOffset LastRunning(ChildProcess process, PipelineTopology topology, DateTimeOffset started)
    {
        var line = process.LinesWith($"[{topology.Name}] {StreamizPipeline.RunningMarker}")[^1];
        var time = TimeOnly.ParseExact(line[..line.IndexOf(' ', StringComparison.Ordinal)], "HH:mm:ss.fff", CultureInfo.InvariantCulture);
        var at = new DateTimeOffset(started.UtcDateTime.Date.Add(time.ToTimeSpan()), TimeSpan.Zero);
        return at < started.AddHours(-12) ? at.AddDays(1) : at;
    }

    private ChildProcess Start(string state, string logName) =>
        ChildProcess.StartSelf(Path.Combine(DevPaths.Root, logName), "run", "--info-file", stack.BrokerInfoFile, "--schema-registry-url", stack.RegistryUrl, "--http-port", "0", "--state-dir", state);

    /// <summary>Waits until every topology of <paramref name="process"/> has logged that all its tasks run.</summary>
    private static Task EveryTopologyRunningAsync(ChildProcess process, CancellationToken cancel) =>
        Task.WhenAll(PipelineTopologies.All.Select(t => process.WaitForLineAsync($"[{t.Name}] {StreamizPipeline.RunningMarker}", StartTimeout, cancel)));
}
