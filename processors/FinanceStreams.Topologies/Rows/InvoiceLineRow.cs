using finance.erp;
using FinanceStreams.Contracts.Conversions;
using MessagePack;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of an <c>erp.public.supplier_invoice_lines</c> row.</summary>
[MessagePackObject]
public sealed record InvoiceLineRow(
    [property: Key(0)] string InvoiceId,
    [property: Key(1)] int LineNo,
    [property: Key(2)] string? PoId,
    [property: Key(3)] int? PoLineNo,
    [property: Key(4)] decimal Quantity,
    [property: Key(5)] decimal UnitPrice,
    [property: Key(6)] decimal Amount,
    [property: Key(7)] SourceRef Source) : ILocated<InvoiceLineRow>
{
    /// <inheritdoc/>
    public InvoiceLineRow At(SourceRef source) => this with { Source = source };

    /// <summary>Maps the generated row.</summary>
    public static InvoiceLineRow From(SupplierInvoiceLine row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.invoice_id, row.line_no, row.po_id, row.po_line_no, RowCheck.NonNegative(row.quantity.ToDecimal(), "quantity"), RowCheck.NonNegative(row.unit_price.ToDecimal(), "unit_price"), row.amount.ToDecimal(), source);
    }
}
