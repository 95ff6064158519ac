using finance.procurement;
using FinanceStreams.Contracts.Conversions;
using MessagePack;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of a <c>procurement.public.purchase_orders</c> row.</summary>
[MessagePackObject]
public sealed record PurchaseOrderRow(
    [property: Key(0)] string PoId,
    [property: Key(1)] string SupplierId,
    [property: Key(2)] string CompanyCode,
    [property: Key(3)] string Currency,
    [property: Key(4)] DateOnly OrderDate,
    [property: Key(5)] PurchaseOrderStatus Status,
    [property: Key(6)] string? RequisitionId,
    [property: Key(7)] SourceRef Source) : ILocated<PurchaseOrderRow>
{
    /// <inheritdoc/>
    public PurchaseOrderRow At(SourceRef source) => this with { Source = source };

    /// <summary>Maps the generated row.</summary>
    public static PurchaseOrderRow From(PurchaseOrder row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.po_id, row.supplier_id, row.company_code, row.currency, row.order_date.ToDateOnly(), row.status, row.requisition_id, source);
    }
}
