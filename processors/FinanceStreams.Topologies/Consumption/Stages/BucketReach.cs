using FinanceStreams.Topologies.Dataflow;
using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Stages;

/// <summary>
/// Every cost center and every period (<c>yyyymm</c>) the rows behind an item ever named, whether the item counted then
/// or not; the item's buckets are every pairing of the two. A document stage sends the item to each of them on every
/// change and replay: its removal everywhere but where it is now. A stage's outputs leave before its state is committed,
/// so a crashed incarnation may have placed the item from rows the restarted one holds in another order or never together
/// (a requisition read before the PO that converts it, a PO line before its header). The restarted stage reads those rows
/// again, and its reach names the bucket of every pairing of them: it can take back what the lost state sent.
/// </summary>
[MessagePackObject]
public sealed record BucketReach([property: Key(0)] IReadOnlyList<string> CostCenters, [property: Key(1)] IReadOnlyList<int> Periods)
{
    /// <summary>Nothing named yet.</summary>
    public static BucketReach None { get; } = new([], []);

    /// <summary>Every bucket the reach names.</summary>
    [IgnoreMember]
    public IEnumerable<BucketRef> Buckets => CostCenters.SelectMany(c => Periods.Select(p => new BucketRef(c, p / 100, p % 100)));

    /// <summary>The period of <paramref name="date"/>, or null.</summary>
    public static int? PeriodOf(DateOnly? date) => date is { } d ? Period(d.Year, d.Month) : null;

    /// <summary>The period of fiscal <paramref name="year"/> and <paramref name="period"/>.</summary>
    public static int Period(int year, int period) => (year * 100) + period;

    /// <summary>This reach and what a row names now (either may be null: the row is missing or names none).</summary>
    public BucketReach With(string? costCenter, int? period)
    {
        var reach = this;
        if (costCenter is not null && !CostCenters.Contains(costCenter))
        {
            reach = reach with { CostCenters = [.. CostCenters, costCenter] };
        }

        if (period is { } p && !Periods.Contains(p))
        {
            reach = reach with { Periods = [.. Periods, p] };
        }

        return reach;
    }

    /// <summary>The reach stored for <paramref name="scope"/> (an item, or a document whose items share it).</summary>
    public static BucketReach Read(PartStore store, string scope)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Get<BucketReach>(PartKey.Of("reach", scope)) ?? None;
    }

    /// <summary>Stores <paramref name="now"/> for <paramref name="scope"/> when it is wider than <paramref name="before"/>, as bookkeeping; returns it.</summary>
    public static BucketReach Write(PartStore store, string scope, BucketReach before, BucketReach now)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!ReferenceEquals(before, now))
        {
            store.PutBookkeeping(PartKey.Of("reach", scope), now);
        }

        return now;
    }

    /// <summary>Widens the reach stored for <paramref name="scope"/> by what a row names now; returns it.</summary>
    public static BucketReach Extend(PartStore store, string scope, string? costCenter, int? period)
    {
        var before = Read(store, scope);
        return Write(store, scope, before, before.With(costCenter, period));
    }
}
