using System.Diagnostics;

namespace FinanceStreams.Host.Cli;

/// <summary>
/// Another <c>finance-streams</c> process started by this one (the demo starts the local broker this
/// way, so the broker outlives a crashed processor). Disposing stops it: SIGTERM, then kill.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;

    private ChildProcess(Process process, string logFile) => (_process, LogFile) = (process, logFile);

    public int Id => _process.Id;

    /// <summary>Where its standard output and error go.</summary>
    public string LogFile { get; }

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
        return new ChildProcess(process, logFile);
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

    /// <summary>Ends it at once (SIGKILL), as a crash would, and waits for it to be gone.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    /// <summary>The first line of its log containing <paramref name="marker"/>, waiting up to <paramref name="timeout"/> for it.</summary>
    public async Task<string> WaitForLineAsync(string marker, TimeSpan timeout, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var line = LinesWith(marker).FirstOrDefault();
            if (line is not null)
            {
                return line;
            }

            if (_process.HasExited || clock.Elapsed > timeout)
            {
                throw new InvalidOperationException($"The process did not log '{marker}' within {timeout.TotalSeconds:N0} s; see {Path.GetFullPath(LogFile)}.");
            }

            await Task.Delay(50, cancel).ConfigureAwait(false);
        }
    }

    /// <summary>Every line of its log so far containing <paramref name="marker"/>.</summary>
    public IReadOnlyList<string> LinesWith(string marker) =>
        File.Exists(LogFile) ? [.. ReadShared(LogFile).Where(l => l.Contains(marker, StringComparison.Ordinal))] : [];

    private static string[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n');
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
