using FinanceStreams.Topologies.Invoices.Duplicates;
using FinanceStreams.Topologies.Invoices.Matching;
using FinanceStreams.Topologies.Invoices.Posting;

namespace FinanceStreams.Topologies.Invoices.Desk;

/// <summary>What the invoice desk remembers of one invoice.</summary>
public sealed record DeskState
{
    /// <summary>The latest evaluation (null after the invoice was deleted).</summary>
    public InvoiceEvaluation? Evaluation { get; init; }

    /// <summary>The status last published (null: none, or deleted).</summary>
    public InvoiceStatusView? Status { get; init; }

    /// <summary>The posting command issued, kept for good so the invoice is never posted twice.</summary>
    public CommandDocument? Posted { get; init; }

    /// <summary>The reversal issued for <see cref="Posted"/>, at most one.</summary>
    public string? ReversalId { get; init; }

    /// <summary>The change after posting last reported (so each is reported once).</summary>
    public string? ReportedChange { get; init; }

    /// <summary>The exact-duplicate report that stands (withdrawn when it no longer holds).</summary>
    public DuplicateReport? ReportedDuplicate { get; init; }
}
