using FinanceStreams.IntegrationTests.Infrastructure;

namespace FinanceStreams.IntegrationTests.Reliability;

/// <summary>
/// One <c>finance-streams run</c> process of a scenario, with its state directory (kept across a restart when the
/// scenario says so) and the topology it starts last (<paramref name="lastTopology"/>).
/// </summary>
internal sealed class PipelineInstance(string name, CliProcess process, string stateDirectory, string lastTopology = "invoices") : IAsyncDisposable
{
    public string Name { get; } = name;

    public string StateDirectory { get; } = stateDirectory;

    /// <summary>Whether the scenario ended this process (killed or stopped); an instance that exits otherwise has failed.</summary>
    public bool EndedByTest { get; private set; }

    public bool HasFailed => !EndedByTest && process.HasExited;

    public string Output => process.Output;

    public int? ExitCode => process.ExitCode;

    /// <summary>The last lines of the process's own output (librdkafka's connection log lines, starting with '%', left out).</summary>
    public string Tail(int lines = 30) =>
        string.Join('\n', process.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && l[0] != '%').TakeLast(lines));

    /// <summary>Waits until its topologies have started (their tasks restore and run from then on).</summary>
    public async Task WaitUntilStartedAsync(TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!process.Output.Contains($"[{lastTopology}] started as", StringComparison.Ordinal))
        {
            if (process.HasExited || DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"{Name} did not start:\n{process.Output}");
            }

            await Task.Delay(100).ConfigureAwait(false);
        }
    }

    /// <summary>SIGKILL: no shutdown hook runs, nothing is flushed or committed.</summary>
    public void Kill()
    {
        EndedByTest = true;
        _ = Signals.Kill(process.Id, Signals.KillSignal);
    }

    /// <summary>SIGTERM and wait: the graceful stop of a scale-down.</summary>
    public Task StopAsync()
    {
        EndedByTest = true;
        return process.StopAsync(TimeSpan.FromSeconds(60));
    }

    public ValueTask DisposeAsync()
    {
        EndedByTest = true;
        return process.DisposeAsync();
    }
}
