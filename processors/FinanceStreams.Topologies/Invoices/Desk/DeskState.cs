using FinanceStreams.Topologies.Invoices.Duplicates;
using FinanceStreams.Topologies.Invoices.Matching;
using FinanceStreams.Topologies.Invoices.Posting;

namespace FinanceStreams.Topologies.Invoices.Desk;

/// <summary>What the invoice desk remembers of one invoice.</summary>
public sealed record DeskState
{
    /// <summary>The latest evaluation (null after the invoice was deleted).</summary>
    public InvoiceEvaluation? Evaluation { get; init; }

    /// <summary>A change of the evaluation waiting to settle (see <see cref="InvoiceOptions.SettleTime"/>).</summary>
    public PendingEvaluation? Pending { get; init; }

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

/// <summary>An evaluation received but not yet acted on.</summary>
/// <param name="Evaluation">The evaluation (null: the invoice has none, e.g. deleted).</param>
/// <param name="EventTime">Event time of the change.</param>
/// <param name="Due">Processing time when it has settled.</param>
public sealed record PendingEvaluation(InvoiceEvaluation? Evaluation, long EventTime, long Due);
