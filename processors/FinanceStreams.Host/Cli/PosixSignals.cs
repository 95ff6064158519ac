using System.Runtime.InteropServices;

namespace FinanceStreams.Host.Cli;

/// <summary>Sends POSIX signals; .NET has no portable graceful-stop for another process.</summary>
internal static partial class PosixSignals
{
    public const int Term = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);
}
