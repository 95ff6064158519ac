using finance.procurement;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of a <c>procurement.public.purchase_orders</c> row.</summary>
public sealed record PurchaseOrderRow(
    string PoId,
    string SupplierId,
    string CompanyCode,
    string Currency,
    DateOnly OrderDate,
    PurchaseOrderStatus Status,
    string? RequisitionId,
    SourceRef Source)
{
    /// <summary>Maps the generated row.</summary>
    public static PurchaseOrderRow From(PurchaseOrder row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.po_id, row.supplier_id, row.company_code, row.currency, row.order_date.ToDateOnly(), row.status, row.requisition_id, source);
    }
}
