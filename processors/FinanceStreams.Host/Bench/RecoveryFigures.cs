namespace FinanceStreams.Host.Bench;

/// <summary>Recovery after a SIGKILL (<see cref="RecoveryBench"/>), in seconds from the restarted process's start.</summary>
/// <param name="KilledAfterSeconds">How long the first process had been processing when it was killed.</param>
/// <param name="FirstTopologySeconds">Until the first topology logged that all its tasks run.</param>
/// <param name="EveryTopologySeconds">Until every topology had.</param>
internal sealed record RecoveryFigures(double KilledAfterSeconds, double FirstTopologySeconds, double EveryTopologySeconds);
