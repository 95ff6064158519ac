using finance.budgeting;
using finance.erp;
using finance.procurement;

namespace FinanceStreams.Tests.Property;

/// <summary>The final state of every source table (rows by primary key), as a batch job would read it.</summary>
internal sealed class FinalState
{
    public Dictionary<string, CostCenter> CostCenters { get; } = [];

    public Dictionary<string, BudgetLine> BudgetLines { get; } = [];

    public Dictionary<string, Requisition> Requisitions { get; } = [];

    public Dictionary<string, PurchaseOrder> PurchaseOrders { get; } = [];

    public Dictionary<string, PurchaseOrderLine> PurchaseOrderLines { get; } = [];

    public Dictionary<string, SupplierInvoice> Invoices { get; } = [];

    public Dictionary<string, SupplierInvoiceLine> InvoiceLines { get; } = [];

    public Dictionary<string, FxRate> FxRates { get; } = [];
}
