using System.Globalization;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Topologies.Invoices.Posting;

namespace FinanceStreams.Host.Demo;

/// <summary>
/// A small month of business for <c>make run</c>: three cost centers (one in USD), their March budgets,
/// an EUR→USD rate, requisitions, released purchase orders (one pushing Marketing over budget), a
/// received invoice that turns commitment into actual and is posted and acknowledged, its exact
/// duplicate, an invoice without PO and its suspected duplicate, and a replayed stale CDC event that
/// must change nothing.
/// </summary>
internal static class DemoScenario
{
    private static readonly DateTimeOffset March = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<CdcEvent> Events()
    {
        var (budgeting, procurement, erp) = (new Lsn(), new Lsn(), new Lsn());
        var t = March;
        DateTimeOffset Next() => t = t.AddHours(3);
        return
        [
            new(Topics.CostCenters.Name, new { cost_center = "CC-100" }, CostCenter("CC-100", "Marketing", "EUR", "ABSOLUTE", "90"), budgeting.Next(), Next(), "r"),
            new(Topics.CostCenters.Name, new { cost_center = "CC-200" }, CostCenter("CC-200", "IT", "EUR", "ADVISORY", "80"), budgeting.Next(), Next(), "r"),
            new(Topics.CostCenters.Name, new { cost_center = "CC-300" }, CostCenter("CC-300", "Logistics", "USD", "ABSOLUTE", "90"), budgeting.Next(), Next(), "r"),
            new(Topics.BudgetLines.Name, new { budget_line_id = "BL-1" }, new { budget_line_id = "BL-1", cost_center = "CC-100", fiscal_year = 2026, fiscal_period = 3, currency = "EUR", amount = "50000.00", status = "APPROVED" }, budgeting.Next(), Next()),
            new(Topics.BudgetLines.Name, new { budget_line_id = "BL-2" }, new { budget_line_id = "BL-2", cost_center = "CC-200", fiscal_year = 2026, fiscal_period = 3, currency = "EUR", amount = "120000.00", status = "APPROVED" }, budgeting.Next(), Next()),
            new(Topics.BudgetLines.Name, new { budget_line_id = "BL-3" }, new { budget_line_id = "BL-3", cost_center = "CC-300", fiscal_year = 2026, fiscal_period = 3, currency = "USD", amount = "80000.00", status = "APPROVED" }, budgeting.Next(), Next()),
            new(Topics.FxRates.Name, new { from_currency = "EUR", to_currency = "USD", rate_date = "2026-03-01" }, new { from_currency = "EUR", to_currency = "USD", rate_date = "2026-03-01", rate = "1.08000000" }, erp.Next(), Next()),
            new(Topics.Suppliers.Name, new { supplier_id = "S-1" }, new { supplier_id = "S-1", name = "Acme Office Supply", tax_id = "DE123456789", country = "DE", status = "ACTIVE", ap_account = (string?)null }, procurement.Next(), Next(), "r"),
            new(Topics.Requisitions.Name, new { requisition_id = "R-1" }, Requisition("R-1", "CC-100", "12000.00", "EUR", Next()), procurement.Next(), t),
            new(Topics.Requisitions.Name, new { requisition_id = "R-2" }, Requisition("R-2", "CC-300", "9000.00", "EUR", Next()), procurement.Next(), t),
            new(Topics.PurchaseOrders.Name, new { po_id = "PO-1" }, Order("PO-1", "RELEASED"), procurement.Next(), Next()),
            new(Topics.PurchaseOrderLines.Name, new { po_id = "PO-1", line_no = 1 }, Line("PO-1", "CC-200", "95000.00"), procurement.Next(), Next()),
            new(Topics.PurchaseOrders.Name, new { po_id = "PO-2" }, Order("PO-2", "RELEASED"), procurement.Next(), Next()),
            new(Topics.PurchaseOrderLines.Name, new { po_id = "PO-2", line_no = 1 }, Line("PO-2", "CC-100", "40000.00"), procurement.Next(), Next()),
            new(Topics.SupplierInvoices.Name, new { invoice_id = "INV-1" }, Invoice("INV-1", "A-0042", "PO-1", "30000.00", "5700.00", "2026-03-20", "2026-03-20T10:00:00Z"), erp.Next(), Next()),
            new(Topics.GoodsReceipts.Name, new { receipt_id = "GR-1" }, new { receipt_id = "GR-1", po_id = "PO-1", line_no = 1, quantity = "1.0000", received_at = "2026-03-18T08:00:00Z", status = "POSTED" }, procurement.Next(), Next()),
            new(Topics.SupplierInvoiceLines.Name, new { invoice_id = "INV-1", line_no = 1 }, InvoiceLine("INV-1", "PO-1", 1, "30000.00"), erp.Next(), Next()),
            new(Topics.SupplierInvoices.Name, new { invoice_id = "INV-2" }, Invoice("INV-2", "a 42", "PO-1", "30000.00", "5700.00", "2026-03-20", "2026-03-21T09:00:00Z"), erp.Next(), Next()),
            new(Topics.SupplierInvoiceLines.Name, new { invoice_id = "INV-2", line_no = 1 }, InvoiceLine("INV-2", "PO-1", 1, "30000.00"), erp.Next(), Next()),
            new(Topics.SupplierInvoiceLines.Name, new { invoice_id = "INV-3", line_no = 1 }, InvoiceLine("INV-3", null, null, "1200.00"), erp.Next(), Next()),
            new(Topics.SupplierInvoices.Name, new { invoice_id = "INV-3" }, Invoice("INV-3", "B-7781", null, "1200.00", "228.00", "2026-03-22", "2026-03-22T11:00:00Z"), erp.Next(), Next()),
            new(Topics.SupplierInvoiceLines.Name, new { invoice_id = "INV-4", line_no = 1 }, InvoiceLine("INV-4", null, null, "1195.00"), erp.Next(), Next()),
            new(Topics.SupplierInvoices.Name, new { invoice_id = "INV-4" }, Invoice("INV-4", "B-7791", null, "1195.00", "227.05", "2026-03-25", "2026-03-25T15:00:00Z"), erp.Next(), Next()),
            new(Topics.GlPostings.Name, new { posting_id = "GL-1" }, new { posting_id = "GL-1", command_id = CommandIds.Posting("INV-1"), status = "POSTED", erp_document_number = "5100000042", posted_at = "2026-03-26T08:00:00Z", error_text = (string?)null }, erp.Next(), Next()),
            new(Topics.CostCenters.Name, new { cost_center = "CC-100" }, CostCenter("CC-100", "Marketing (stale replay)", "EUR", "NONE", "90"), 1, Next()),
        ];
    }

    private static object Invoice(string id, string number, string? po, string net, string tax, string date, string receivedAt) => new
    {
        invoice_id = id, supplier_id = "S-1", supplier_invoice_number = number, company_code = "1000", invoice_date = date, currency = "EUR",
        net_amount = net, tax_amount = tax, gross_amount = (decimal.Parse(net, CultureInfo.InvariantCulture) + decimal.Parse(tax, CultureInfo.InvariantCulture)).ToString("0.00", CultureInfo.InvariantCulture),
        po_id = po, status = "RECEIVED", received_at = receivedAt,
    };

    private static object InvoiceLine(string invoice, string? po, int? poLine, string amount) =>
        new { invoice_id = invoice, line_no = 1, po_id = po, po_line_no = poLine, quantity = "1.0000", unit_price = amount + "00", amount };

    private static object CostCenter(string id, string name, string currency, string control, string warning) =>
        new { cost_center = id, company_code = "1000", name, budget_currency = currency, control_level = control, warning_pct = warning, tolerance_pct = "0", tolerance_amount = "0.00", active = true };

    private static object Requisition(string id, string costCenter, string amount, string currency, DateTimeOffset at) =>
        new { requisition_id = id, cost_center = costCenter, requested_at = at.ToString("O", CultureInfo.InvariantCulture), currency, amount, status = "SUBMITTED" };

    private static object Order(string id, string status) =>
        new { po_id = id, supplier_id = "S-1", company_code = "1000", currency = "EUR", order_date = "2026-03-10", status, requisition_id = (string?)null };

    private static object Line(string po, string costCenter, string amount) =>
        new { po_id = po, line_no = 1, cost_center = costCenter, gl_account = "600000", description = "Services", quantity = "1.0000", unit_price = amount + "00", amount };

    private sealed class Lsn
    {
        private long _next = 100;

        public long Next() => _next++;
    }
}
