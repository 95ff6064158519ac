using Avro.Specific;
using finance.erp;
using finance.procurement;
using FinanceStreams.Contracts.Conversions;
using FinanceStreams.Tests.Infrastructure;

namespace FinanceStreams.Tests.Property;

/// <summary>The rows of the invoice topology's source tables by primary key: the final state of a history, or the state after a prefix of it.</summary>
internal sealed class InvoiceTables
{
    public Dictionary<string, Supplier> Suppliers { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, PurchaseOrder> Orders { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string PoId, int LineNo), PurchaseOrderLine> OrderLines { get; } = [];

    public Dictionary<string, GoodsReceipt> Receipts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SupplierInvoice> Invoices { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string InvoiceId, int LineNo), SupplierInvoiceLine> InvoiceLines { get; } = [];

    /// <summary>Writes <paramref name="row"/> over the row with its key.</summary>
    public void Put(ISpecificRecord row)
    {
        switch (row)
        {
            case Supplier r: Suppliers[r.supplier_id] = r; break;
            case PurchaseOrder r: Orders[r.po_id] = r; break;
            case PurchaseOrderLine r: OrderLines[(r.po_id, r.line_no)] = r; break;
            case GoodsReceipt r: Receipts[r.receipt_id] = r; break;
            case SupplierInvoice r: Invoices[r.invoice_id] = r; break;
            case SupplierInvoiceLine r: InvoiceLines[(r.invoice_id, r.line_no)] = r; break;
            default: throw new ArgumentException($"Not an invoice source row: {row.GetType().Name}", nameof(row));
        }
    }

    /// <summary>A row in one line.</summary>
    public static string Describe(ISpecificRecord row) => row switch
    {
        Supplier r => $"supplier {r.supplier_id} {r.status}",
        PurchaseOrder r => $"po       {r.po_id} supplier {r.supplier_id} {r.currency} {r.status}",
        PurchaseOrderLine r => $"po line  {r.po_id}|{r.line_no} qty {r.quantity.ToDecimal():0.####} price {r.unit_price.ToDecimal():0.####}",
        GoodsReceipt r => $"receipt  {r.receipt_id} {r.po_id}|{r.line_no} qty {r.quantity.ToDecimal():0.####} {r.status}",
        SupplierInvoice r => $"invoice  {r.invoice_id} {r.company_code}/{r.supplier_id} '{r.supplier_invoice_number}' {r.invoice_date.ToDateOnly():yyyy-MM-dd} {r.currency} " +
            $"net {r.net_amount.ToDecimal():0.00} tax {r.tax_amount.ToDecimal():0.00} gross {r.gross_amount.ToDecimal():0.00} po {r.po_id ?? "-"} {r.status} " +
            $"received t{InvoiceOracle.EpochMs(r.received_at) - CdcHarness.BaseTime:+#;-#;0}",
        SupplierInvoiceLine r => $"inv line {r.invoice_id}|{r.line_no} po {r.po_id ?? "-"} po line {r.po_line_no?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} " +
            $"qty {r.quantity.ToDecimal():0.####} price {r.unit_price.ToDecimal():0.####} amount {r.amount.ToDecimal():0.00}",
        _ => row.GetType().Name,
    };
}
