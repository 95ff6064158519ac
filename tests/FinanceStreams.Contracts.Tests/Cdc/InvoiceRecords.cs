using finance.cdc;
using finance.erp;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Contracts.Tests.Cdc;

/// <summary>Generated-type values for erp.public.supplier_invoices.</summary>
internal static class InvoiceRecords
{
    public static SupplierInvoice Invoice(decimal gross = 1234.50m) => new()
    {
        invoice_id = "INV-1",
        supplier_id = "S-1",
        supplier_invoice_number = "inv-0042",
        company_code = "1000",
        invoice_date = new DateOnly(2026, 3, 15).ToAvroDate(),
        currency = "EUR",
        net_amount = gross.ToAvroDecimal(MoneyScale.Amount),
        tax_amount = 0m.ToAvroDecimal(MoneyScale.Amount),
        gross_amount = gross.ToAvroDecimal(MoneyScale.Amount),
        po_id = "PO-1",
        status = SupplierInvoiceStatus.RECEIVED,
        received_at = AvroDateExtensions.FromEpochMilliseconds(InvoiceJson.EventTimeMs),
    };

    public static Source Source(long lsn = 42) => new()
    {
        name = "erp",
        table = "supplier_invoices",
        lsn = lsn,
        ts_ms = InvoiceJson.EventTimeMs,
        snapshot = null,
    };

    public static DebeziumEnvelope<SupplierInvoice> Created() =>
        new(null, Invoice(), Source(), DebeziumOp.Create, InvoiceJson.EventTimeMs + 1000);

    public static SupplierInvoiceEnvelope GeneratedEnvelope() => new()
    {
        before = null,
        after = Invoice(),
        source = Source(),
        op = "c",
        ts_ms = InvoiceJson.EventTimeMs + 1000,
    };
}
