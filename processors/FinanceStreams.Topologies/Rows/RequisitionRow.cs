using finance.procurement;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of a <c>procurement.public.requisitions</c> row.</summary>
public sealed record RequisitionRow(
    string RequisitionId,
    string CostCenter,
    long RequestedAtMs,
    string Currency,
    decimal Amount,
    RequisitionStatus Status,
    SourceRef Source)
{
    /// <summary>The UTC calendar date of <see cref="RequestedAtMs"/>: bucket and FX date.</summary>
    public DateOnly RequestedDate => DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(RequestedAtMs).UtcDateTime);

    /// <summary>Maps the generated row.</summary>
    public static RequisitionRow From(Requisition row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.requisition_id, row.cost_center, row.requested_at.ToInstant().ToUnixTimeMilliseconds(), row.currency, row.amount.ToDecimal(), row.status, source);
    }
}
