using finance.procurement;
using FinanceStreams.Contracts.Conversions;
using MessagePack;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of a <c>procurement.public.purchase_order_lines</c> row.</summary>
[MessagePackObject]
public sealed record PurchaseOrderLineRow(
    [property: Key(0)] string PoId,
    [property: Key(1)] int LineNo,
    [property: Key(2)] string CostCenter,
    [property: Key(3)] string GlAccount,
    [property: Key(4)] string? Description,
    [property: Key(5)] decimal Quantity,
    [property: Key(6)] decimal UnitPrice,
    [property: Key(7)] decimal Amount,
    [property: Key(8)] SourceRef Source) : ILocated<PurchaseOrderLineRow>
{
    /// <inheritdoc/>
    public PurchaseOrderLineRow At(SourceRef source) => this with { Source = source };

    /// <summary>Maps the generated row.</summary>
    public static PurchaseOrderLineRow From(PurchaseOrderLine row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.po_id, row.line_no, row.cost_center, row.gl_account, row.description,
            RowCheck.NonNegative(row.quantity.ToDecimal(), "quantity"), RowCheck.NonNegative(row.unit_price.ToDecimal(), "unit_price"), row.amount.ToDecimal(), source);
    }
}
