using finance.budgeting;
using finance.erp;
using finance.procurement;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Tests.Infrastructure;

/// <summary>Generated source rows with test defaults.</summary>
internal static class AvroRows
{
    public static CostCenter CostCenter(string id, string currency = "EUR", ControlLevel level = ControlLevel.ABSOLUTE, decimal warningPct = 90m, decimal tolerancePct = 0m, decimal toleranceAmount = 0m) => new()
    {
        cost_center = id, company_code = "1000", name = $"Cost center {id}", budget_currency = currency, control_level = level,
        warning_pct = warningPct.ToAvroDecimal(4), tolerance_pct = tolerancePct.ToAvroDecimal(4), tolerance_amount = toleranceAmount.ToAvroDecimal(2), active = true,
    };

    public static BudgetLine BudgetLine(string id, string costCenter, decimal amount, int year = 2026, int period = 3, string currency = "EUR", BudgetLineStatus status = BudgetLineStatus.APPROVED) => new()
    {
        budget_line_id = id, cost_center = costCenter, fiscal_year = year, fiscal_period = period, currency = currency, amount = amount.ToAvroDecimal(2), status = status,
    };

    public static Requisition Requisition(string id, string costCenter, decimal amount, DateOnly? date = null, string currency = "EUR", RequisitionStatus status = RequisitionStatus.SUBMITTED) => new()
    {
        requisition_id = id, cost_center = costCenter, requested_at = (date ?? new DateOnly(2026, 3, 10)).ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc),
        currency = currency, amount = amount.ToAvroDecimal(2), status = status,
    };

    public static PurchaseOrder PurchaseOrder(string id, DateOnly? date = null, string currency = "EUR", PurchaseOrderStatus status = PurchaseOrderStatus.RELEASED, string? requisitionId = null) => new()
    {
        po_id = id, supplier_id = "S1", company_code = "1000", currency = currency, order_date = (date ?? new DateOnly(2026, 3, 12)).ToAvroDate(), status = status, requisition_id = requisitionId,
    };

    public static PurchaseOrderLine PurchaseOrderLine(string poId, int lineNo, string costCenter, decimal amount) => new()
    {
        po_id = poId, line_no = lineNo, cost_center = costCenter, gl_account = "600000", description = null,
        quantity = 1m.ToAvroDecimal(4), unit_price = amount.ToAvroDecimal(4), amount = amount.ToAvroDecimal(2),
    };

    public static SupplierInvoice Invoice(string id, string number = "INV-1", DateOnly? date = null, string currency = "EUR", SupplierInvoiceStatus status = SupplierInvoiceStatus.RECEIVED, long receivedAtMs = 1_773_000_000_000, string? poId = null, string supplierId = "S1") => new()
    {
        invoice_id = id, supplier_id = supplierId, supplier_invoice_number = number, company_code = "1000", invoice_date = (date ?? new DateOnly(2026, 3, 20)).ToAvroDate(),
        currency = currency, net_amount = 0m.ToAvroDecimal(2), tax_amount = 0m.ToAvroDecimal(2), gross_amount = 0m.ToAvroDecimal(2), po_id = poId, status = status,
        received_at = AvroDateExtensions.FromEpochMilliseconds(receivedAtMs),
    };

    public static SupplierInvoiceLine InvoiceLine(string invoiceId, int lineNo, string? poId, int? poLineNo, decimal amount) => new()
    {
        invoice_id = invoiceId, line_no = lineNo, po_id = poId, po_line_no = poLineNo, quantity = 1m.ToAvroDecimal(4), unit_price = amount.ToAvroDecimal(4), amount = amount.ToAvroDecimal(2),
    };

    public static FxRate Rate(string from, string to, DateOnly date, decimal rate) => new()
    {
        from_currency = from, to_currency = to, rate_date = date.ToAvroDate(), rate = rate.ToAvroDecimal(8),
    };
}
