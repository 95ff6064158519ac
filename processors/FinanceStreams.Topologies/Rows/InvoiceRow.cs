using finance.erp;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of an <c>erp.public.supplier_invoices</c> row.</summary>
public sealed record InvoiceRow(
    string InvoiceId,
    string SupplierId,
    string SupplierInvoiceNumber,
    string CompanyCode,
    DateOnly InvoiceDate,
    string Currency,
    decimal NetAmount,
    decimal TaxAmount,
    decimal GrossAmount,
    string? PoId,
    SupplierInvoiceStatus Status,
    long ReceivedAtMs,
    SourceRef Source)
{
    /// <summary>Maps the generated row.</summary>
    public static InvoiceRow From(SupplierInvoice row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.invoice_id, row.supplier_id, row.supplier_invoice_number, row.company_code, row.invoice_date.ToDateOnly(), row.currency,
            row.net_amount.ToDecimal(), row.tax_amount.ToDecimal(), row.gross_amount.ToDecimal(), row.po_id, row.status,
            row.received_at.ToInstant().ToUnixTimeMilliseconds(), source);
    }
}
