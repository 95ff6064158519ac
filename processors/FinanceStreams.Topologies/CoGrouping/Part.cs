using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Rows;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Topologies.CoGrouping;

/// <summary>One piece of a <see cref="Dossier"/>: exactly one slot is set.</summary>
public sealed record Part
{
    /// <summary>A cost center row.</summary>
    public CostCenterRow? CostCenter { get; init; }

    /// <summary>A requisition row.</summary>
    public RequisitionRow? Requisition { get; init; }

    /// <summary>A purchase order header row.</summary>
    public PurchaseOrderRow? PurchaseOrder { get; init; }

    /// <summary>A purchase order line row.</summary>
    public PurchaseOrderLineRow? PurchaseOrderLine { get; init; }

    /// <summary>A supplier invoice header row.</summary>
    public InvoiceRow? Invoice { get; init; }

    /// <summary>A supplier invoice line row.</summary>
    public InvoiceLineRow? InvoiceLine { get; init; }

    /// <summary>An FX rate row.</summary>
    public FxRateRow? FxRate { get; init; }

    /// <summary>The exact-duplicate verdict of an invoice, from its duplicate group.</summary>
    public DuplicateVerdict? Verdict { get; init; }

    /// <summary>An invoice line that counts against a PO line (actual and relief).</summary>
    public InvoicedLine? InvoicedLine { get; init; }

    /// <summary>A contribution to a budget bucket.</summary>
    public BudgetItem? Item { get; init; }
}
