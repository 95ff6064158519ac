using FinanceStreams.Topologies.Invoices.Completion;
using FinanceStreams.Topologies.Invoices.Duplicates;
using FinanceStreams.Topologies.Invoices.Messages;
using FinanceStreams.Topologies.Invoices.Posting;
using FinanceStreams.Topologies.Invoices.Reconciliation;

namespace FinanceStreams.Topologies.Invoices.Desk;

/// <summary>One output of the invoice desk; exactly one member is set (a deleted status sets <see cref="StatusDeleted"/>).</summary>
public sealed record DeskOutput
{
    /// <summary>A new status.</summary>
    public InvoiceStatusView? Status { get; init; }

    /// <summary>The invoice was deleted: tombstone its status.</summary>
    public bool StatusDeleted { get; init; }

    /// <summary>An unmatched, resolved or changed-after-posting event.</summary>
    public UnmatchedView? Unmatched { get; init; }

    /// <summary>An exact-duplicate report.</summary>
    public DuplicateReport? Duplicate { get; init; }

    /// <summary>A posting or reversal command.</summary>
    public CommandDocument? Command { get; init; }

    /// <summary>A command issued, for completion tracking (forwarded keyed by its command id).</summary>
    public IssuedCommand? Issued { get; init; }

    /// <summary>The invoice's control-totals contribution changed to <see cref="Tally"/> (null: it no longer counts).</summary>
    public bool Tallied { get; init; }

    /// <summary>The invoice's control-totals contribution, when <see cref="Tallied"/>.</summary>
    public InvoiceTally? Tally { get; init; }

    /// <summary>The contribution as sent to a control-totals key (forwarded keyed by it).</summary>
    public TallyChange? Totals { get; init; }
}
