using MessagePack;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>
/// Every target a stage derived something for, or whose rows named it. A stage re-sends the item's removal to each of
/// them but the current one on every change and replay, so a removal that a crash kept from leaving is sent again
/// (removals are versioned and idempotent downstream).
/// </summary>
[MessagePackObject]
public sealed record Placements([property: Key(0)] IReadOnlyList<string> Targets)
{
    /// <summary>No target yet.</summary>
    public static Placements None { get; } = new([]);

    /// <summary>These targets and <paramref name="target"/>.</summary>
    public Placements With(string? target) => target is null || Targets.Contains(target) ? this : new([.. Targets, target]);
}
