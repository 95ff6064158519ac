using finance.erp;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of an <c>erp.public.supplier_invoice_lines</c> row.</summary>
public sealed record InvoiceLineRow(
    string InvoiceId,
    int LineNo,
    string? PoId,
    int? PoLineNo,
    decimal Quantity,
    decimal UnitPrice,
    decimal Amount,
    SourceRef Source)
{
    /// <summary>Maps the generated row.</summary>
    public static InvoiceLineRow From(SupplierInvoiceLine row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.invoice_id, row.line_no, row.po_id, row.po_line_no, RowCheck.NonNegative(row.quantity.ToDecimal(), "quantity"), RowCheck.NonNegative(row.unit_price.ToDecimal(), "unit_price"), row.amount.ToDecimal(), source);
    }
}
