using System.Diagnostics;

namespace FinanceStreams.Host.Cli;

/// <summary>
/// Another <c>finance-streams</c> process started by this one (the demo starts the local broker this
/// way, so the broker outlives a crashed processor). Disposing stops it: SIGTERM, then kill.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;

    private ChildProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static ChildProcess StartSelf(string logFile, params IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var entry = typeof(ChildProcess).Assembly.Location;
        if (!Path.GetFileNameWithoutExtension(Environment.ProcessPath ?? string.Empty).Equals("finance-streams", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(entry); // running as 'dotnet finance-streams.dll'
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var log = new StreamWriter(logFile, append: false) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Exited += (_, _) => log.Dispose();
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(process);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false); // SIGKILL only if SIGTERM below does not work
        }

        _process.WaitForExit();
        _process.Dispose();
    }

    /// <summary>Asks the child to stop (SIGTERM) and waits up to <paramref name="timeout"/>.</summary>
    public bool Stop(TimeSpan timeout)
    {
        if (_process.HasExited)
        {
            return true;
        }

        _ = PosixSignals.Kill(_process.Id, PosixSignals.Term);
        return _process.WaitForExit(timeout);
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // the child exited and its log was closed
            }
        }
    }
}
