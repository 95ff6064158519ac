using finance.erp;
using finance.procurement;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Tests.Infrastructure;

/// <summary>Generated rows of the procurement and accounting tables with test defaults for the invoice topology.</summary>
internal static class InvoiceRows
{
    public static readonly DateOnly InvoiceDate = new(2026, 3, 20);

    public static Supplier Supplier(string id = "S1", SupplierStatus status = SupplierStatus.ACTIVE, string? apAccount = null) => new()
    {
        supplier_id = id, name = $"Supplier {id}", tax_id = $"DE{id}", country = "DE", status = status, ap_account = apAccount,
    };

    public static PurchaseOrder Order(string id = "PO1", string supplierId = "S1", string currency = "EUR", PurchaseOrderStatus status = PurchaseOrderStatus.RELEASED) => new()
    {
        po_id = id, supplier_id = supplierId, company_code = "1000", currency = currency, order_date = new DateOnly(2026, 3, 2).ToAvroDate(), status = status,
    };

    public static PurchaseOrderLine OrderLine(string poId = "PO1", int lineNo = 1, decimal quantity = 10m, decimal unitPrice = 100m, string costCenter = "CC-100") => new()
    {
        po_id = poId, line_no = lineNo, cost_center = costCenter, gl_account = "600000", description = $"item {lineNo}",
        quantity = quantity.ToAvroDecimal(4), unit_price = unitPrice.ToAvroDecimal(4), amount = (quantity * unitPrice).ToAvroDecimal(2),
    };

    public static GoodsReceipt Receipt(string id, string poId = "PO1", int lineNo = 1, decimal quantity = 10m, GoodsReceiptStatus status = GoodsReceiptStatus.POSTED) => new()
    {
        receipt_id = id, po_id = poId, line_no = lineNo, quantity = quantity.ToAvroDecimal(4), received_at = new DateTime(2026, 3, 10, 8, 0, 0, DateTimeKind.Utc), status = status,
    };

    /// <summary>An invoice header; net defaults to <paramref name="net"/>, gross to net + tax.</summary>
    public static SupplierInvoice Invoice(string id, decimal net, decimal tax = 0m, string? poId = "PO1", string number = "INV-1", string supplierId = "S1", string currency = "EUR",
        long receivedAtMs = CdcRouting.BaseTime, SupplierInvoiceStatus status = SupplierInvoiceStatus.RECEIVED, DateOnly? date = null, decimal? gross = null) => new()
    {
        invoice_id = id, supplier_id = supplierId, supplier_invoice_number = number, company_code = "1000", invoice_date = (date ?? InvoiceDate).ToAvroDate(),
        currency = currency, net_amount = net.ToAvroDecimal(2), tax_amount = tax.ToAvroDecimal(2), gross_amount = (gross ?? (net + tax)).ToAvroDecimal(2),
        po_id = poId, status = status, received_at = AvroDateExtensions.FromEpochMilliseconds(receivedAtMs),
    };

    public static SupplierInvoiceLine Line(string invoiceId, int lineNo, decimal quantity, decimal unitPrice, int? poLineNo = 1, string? poId = null, decimal? amount = null) => new()
    {
        invoice_id = invoiceId, line_no = lineNo, po_id = poId, po_line_no = poLineNo, quantity = quantity.ToAvroDecimal(4), unit_price = unitPrice.ToAvroDecimal(4),
        amount = (amount ?? Math.Round(quantity * unitPrice, 2, MidpointRounding.AwayFromZero)).ToAvroDecimal(2),
    };

    public static GlPosting Ack(string postingId, string commandId, GlPostingStatus status = GlPostingStatus.POSTED, string? error = null) => new()
    {
        posting_id = postingId, command_id = commandId, status = status, erp_document_number = status == GlPostingStatus.POSTED ? $"51000{postingId}" : null,
        posted_at = new DateTime(2026, 3, 21, 8, 0, 0, DateTimeKind.Utc), error_text = error,
    };
}
