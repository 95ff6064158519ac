using finance.procurement;
using FinanceStreams.Contracts.Conversions;
using MessagePack;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of a <c>procurement.public.requisitions</c> row.</summary>
[MessagePackObject]
public sealed record RequisitionRow(
    [property: Key(0)] string RequisitionId,
    [property: Key(1)] string CostCenter,
    [property: Key(2)] long RequestedAtMs,
    [property: Key(3)] string Currency,
    [property: Key(4)] decimal Amount,
    [property: Key(5)] RequisitionStatus Status,
    [property: Key(6)] SourceRef Source) : ILocated<RequisitionRow>
{
    /// <inheritdoc/>
    public RequisitionRow At(SourceRef source) => this with { Source = source };

    /// <summary>The UTC calendar date of <see cref="RequestedAtMs"/>: bucket and FX date.</summary>
    [IgnoreMember]
    public DateOnly RequestedDate => DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(RequestedAtMs).UtcDateTime);

    /// <summary>Maps the generated row.</summary>
    public static RequisitionRow From(Requisition row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.requisition_id, row.cost_center, row.requested_at.ToInstant().ToUnixTimeMilliseconds(), row.currency, row.amount.ToDecimal(), row.status, source);
    }
}
