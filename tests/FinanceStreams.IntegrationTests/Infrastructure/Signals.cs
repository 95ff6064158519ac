using System.Runtime.InteropServices;

namespace FinanceStreams.IntegrationTests.Infrastructure;

/// <summary>POSIX signals for child processes (graceful SIGTERM; SIGKILL for crash tests).</summary>
public static partial class Signals
{
    public const int Term = 15;
    public const int KillSignal = 9;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);
}
