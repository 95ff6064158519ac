
namespace FinanceStreams.Topologies.Dataflow;

/// <summary>
/// Where a stage sends something derived (another stage's key): every target its rows ever named, whether it sent there
/// or not (see <see cref="Placements"/>). Recording the named ones too lets a restarted stage take back what a crashed
/// incarnation sent from the same rows held in another order (see <see cref="Consumption.Stages.BucketReach"/>).
/// </summary>
public static class Targets
{
    /// <summary>The targets of <paramref name="what"/> (a part key that names the stage's key) other than <paramref name="current"/>; remembers <paramref name="current"/>.</summary>
    public static IReadOnlyList<string> Former(PartStore store, string what, string? current) => [.. Extend(store, what, current).Where(t => t != current)];

    /// <summary>Every target of <paramref name="what"/>, <paramref name="named"/> (when not null) now included.</summary>
    public static IReadOnlyList<string> Extend(PartStore store, string what, string? named)
    {
        ArgumentNullException.ThrowIfNull(store);
        var key = PartKey.Of("sent", what);
        var placed = store.Get<Placements>(key) ?? Placements.None;
        var now = placed.With(named);
        if (!ReferenceEquals(now, placed))
        {
            store.PutBookkeeping(key, now);
        }

        return now.Targets;
    }
}
