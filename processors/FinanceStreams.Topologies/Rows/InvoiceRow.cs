using finance.erp;
using FinanceStreams.Contracts.Conversions;
using MessagePack;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of an <c>erp.public.supplier_invoices</c> row.</summary>
[MessagePackObject]
public sealed record InvoiceRow(
    [property: Key(0)] string InvoiceId,
    [property: Key(1)] string SupplierId,
    [property: Key(2)] string SupplierInvoiceNumber,
    [property: Key(3)] string CompanyCode,
    [property: Key(4)] DateOnly InvoiceDate,
    [property: Key(5)] string Currency,
    [property: Key(6)] decimal NetAmount,
    [property: Key(7)] decimal TaxAmount,
    [property: Key(8)] decimal GrossAmount,
    [property: Key(9)] string? PoId,
    [property: Key(10)] SupplierInvoiceStatus Status,
    [property: Key(11)] long ReceivedAtMs,
    [property: Key(12)] SourceRef Source) : ILocated<InvoiceRow>
{
    /// <inheritdoc/>
    public InvoiceRow At(SourceRef source) => this with { Source = source };

    /// <summary>Maps the generated row.</summary>
    public static InvoiceRow From(SupplierInvoice row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.invoice_id, row.supplier_id, row.supplier_invoice_number, row.company_code, row.invoice_date.ToDateOnly(), row.currency,
            row.net_amount.ToDecimal(), row.tax_amount.ToDecimal(), row.gross_amount.ToDecimal(), row.po_id, row.status,
            row.received_at.ToInstant().ToUnixTimeMilliseconds(), source);
    }
}
