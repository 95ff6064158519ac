using System.Collections.Concurrent;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>
/// Which partitions of a stage's store this process holds now (Streamiz 1.8 offers no task
/// metadata): a stage registers its task's partition when Streamiz initializes it and removes it
/// when the task closes. Read by the budget API to announce and forward.
/// </summary>
public static class LocalTasks
{
    private static readonly ConcurrentDictionary<(string Application, string Store, int Partition), int> _held = new();

    /// <summary>Notes that a task of <paramref name="application"/> holding <paramref name="store"/> runs here.</summary>
    public static void Opened(string application, string store, int partition) => _held.AddOrUpdate((application, store, partition), 1, (_, n) => n + 1);

    /// <summary>Notes that the task closed.</summary>
    public static void Closed(string application, string store, int partition)
    {
        if (_held.AddOrUpdate((application, store, partition), 0, (_, n) => n - 1) <= 0)
        {
            _held.TryRemove((application, store, partition), out _);
        }
    }

    /// <summary>True while a task of that partition runs in this process.</summary>
    public static bool Holds(string application, string store, int partition) => _held.ContainsKey((application, store, partition));
}
