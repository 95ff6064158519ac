using FinanceStreams.Contracts.Catalog;

namespace FinanceStreams.Host.Demo;

/// <summary>
/// A small month of business for <c>make run</c>: three cost centers (one in USD), their March budgets,
/// an EUR→USD rate, requisitions, released purchase orders (one pushing Marketing over budget), an
/// invoice that turns commitment into actual, and a replayed stale CDC event that must change nothing.
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
            new(Topics.SupplierInvoices.Name, new { invoice_id = "INV-1" }, new { invoice_id = "INV-1", supplier_id = "S-1", supplier_invoice_number = "A-0042", company_code = "1000", invoice_date = "2026-03-20", currency = "EUR", net_amount = "30000.00", tax_amount = "5700.00", gross_amount = "35700.00", po_id = "PO-1", status = "RECEIVED", received_at = "2026-03-20T10:00:00Z" }, erp.Next(), Next()),
            new(Topics.SupplierInvoiceLines.Name, new { invoice_id = "INV-1", line_no = 1 }, new { invoice_id = "INV-1", line_no = 1, po_id = "PO-1", po_line_no = 1, quantity = "30.0000", unit_price = "1000.0000", amount = "30000.00" }, erp.Next(), Next()),
            new(Topics.CostCenters.Name, new { cost_center = "CC-100" }, CostCenter("CC-100", "Marketing (stale replay)", "EUR", "NONE", "90"), 1, Next()),
        ];
    }

    private static object CostCenter(string id, string name, string currency, string control, string warning) =>
        new { cost_center = id, company_code = "1000", name, budget_currency = currency, control_level = control, warning_pct = warning, tolerance_pct = "0", tolerance_amount = "0.00", active = true };

    private static object Requisition(string id, string costCenter, string amount, string currency, DateTimeOffset at) =>
        new { requisition_id = id, cost_center = costCenter, requested_at = at.ToString("O", System.Globalization.CultureInfo.InvariantCulture), currency, amount, status = "SUBMITTED" };

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
