using FinanceStreams.Topologies.Dataflow;

namespace FinanceStreams.Topologies.Consumption.Stages;

/// <summary>Where a stage sent something derived (another stage's key), now and ever (see <see cref="Placements"/>).</summary>
public static class Targets
{
    /// <summary>The former targets of <paramref name="what"/> (a part key that names the stage's key) that are not <paramref name="current"/>; remembers <paramref name="current"/>.</summary>
    public static IReadOnlyList<string> Former(PartStore store, string what, string? current)
    {
        ArgumentNullException.ThrowIfNull(store);
        var key = PartKey.Of("sent", what);
        var placed = store.Get<Placements>(key) ?? Placements.None;
        var now = placed.With(current);
        if (!ReferenceEquals(now, placed))
        {
            store.PutBookkeeping(key, now);
        }

        return [.. placed.Targets.Where(t => t != current)];
    }
}
