using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Invoices.Completion;
using FinanceStreams.Topologies.Invoices.Duplicates;
using FinanceStreams.Topologies.Invoices.Matching;
using FinanceStreams.Topologies.Invoices.Reconciliation;
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

    /// <summary>A supplier row.</summary>
    public SupplierRow? Supplier { get; init; }

    /// <summary>A goods receipt row.</summary>
    public GoodsReceiptRow? Receipt { get; init; }

    /// <summary>The id of a record that references the dossier's key (e.g. an invoice of a supplier).</summary>
    public string? Reference { get; init; }

    /// <summary>An invoice header with its supplier and verdict.</summary>
    public InvoiceEntry? Entry { get; init; }

    /// <summary>An invoice with its lines, verdict and supplier, as the match rules read it.</summary>
    public InvoiceBundle? Bundle { get; init; }

    /// <summary>The match rules' evaluation of an invoice.</summary>
    public InvoiceEvaluation? Evaluation { get; init; }

    /// <summary>A candidate of the suspected-duplicate rule.</summary>
    public DuplicateParty? Suspect { get; init; }

    /// <summary>A posting command that was issued.</summary>
    public IssuedCommand? Issued { get; init; }

    /// <summary>An acknowledgement row of the ERP.</summary>
    public GlPostingRow? Acknowledgement { get; init; }

    /// <summary>An invoice's contribution to the control totals.</summary>
    public InvoiceTally? InvoiceTally { get; init; }

    /// <summary>A command's contribution to the control totals.</summary>
    public CommandTally? CommandTally { get; init; }
}
