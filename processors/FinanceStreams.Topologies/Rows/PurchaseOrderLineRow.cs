using finance.procurement;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of a <c>procurement.public.purchase_order_lines</c> row.</summary>
public sealed record PurchaseOrderLineRow(
    string PoId,
    int LineNo,
    string CostCenter,
    string GlAccount,
    string? Description,
    decimal Quantity,
    decimal UnitPrice,
    decimal Amount,
    SourceRef Source)
{
    /// <summary>Maps the generated row.</summary>
    public static PurchaseOrderLineRow From(PurchaseOrderLine row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.po_id, row.line_no, row.cost_center, row.gl_account, row.description,
            RowCheck.NonNegative(row.quantity.ToDecimal(), "quantity"), RowCheck.NonNegative(row.unit_price.ToDecimal(), "unit_price"), row.amount.ToDecimal(), source);
    }
}
