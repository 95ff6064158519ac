using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Rows;
using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Messages;

/// <summary>One input of the bucket stage with its record key, as the stage holds it until it settles: a contribution batch, a cost center change or an FX rate change.</summary>
[MessagePackObject]
public sealed record BucketInput(
    [property: Key(0)] string Key,
    [property: Key(1)] ItemBatch? Batch,
    [property: Key(2)] RowChange<CostCenterRow>? CostCenter,
    [property: Key(3)] RowChange<FxRateRow>? Rate) : IEventTimed
{
    /// <inheritdoc/>
    [IgnoreMember]
    public long EventTimeMs => Batch?.EventTimeMs ?? CostCenter?.EventTimeMs ?? Rate!.EventTimeMs;

    /// <summary>The input <paramref name="value"/> read under <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">The bucket stage does not read values of its type.</exception>
    public static BucketInput Of(string key, object value) => value switch
    {
        ItemBatch batch => new(key, batch, null, null),
        RowChange<CostCenterRow> costCenter => new(key, null, costCenter, null),
        RowChange<FxRateRow> rate => new(key, null, null, rate),
        _ => throw new ArgumentException($"The bucket stage cannot read {value?.GetType().Name ?? "null"}.", nameof(value)),
    };
}
