using FinanceStreams.Topologies.Invoices.Duplicates;
using FinanceStreams.Topologies.Invoices.Matching;
using FinanceStreams.Topologies.Invoices.Posting;
using MessagePack;

namespace FinanceStreams.Topologies.Invoices.Desk;

/// <summary>What the invoice desk remembers of one invoice.</summary>
[MessagePackObject]
public sealed record DeskState
{
    /// <summary>The latest evaluation (null after the invoice was deleted).</summary>
    [Key(0)]
    public InvoiceEvaluation? Evaluation { get; init; }

    /// <summary>The status last published (null: none, or deleted).</summary>
    [Key(1)]
    public InvoiceStatusView? Status { get; init; }

    /// <summary>The posting command issued, kept for good so the invoice is never posted twice.</summary>
    [Key(2)]
    public CommandDocument? Posted { get; init; }

    /// <summary>The reversal issued for <see cref="Posted"/>, at most one.</summary>
    [Key(3)]
    public CommandDocument? Reversal { get; init; }

    /// <summary>The change after posting last reported (so each is reported once).</summary>
    [Key(4)]
    public string? ReportedChange { get; init; }

    /// <summary>The exact-duplicate report that stands (withdrawn when it no longer holds).</summary>
    [Key(5)]
    public DuplicateReport? ReportedDuplicate { get; init; }

    /// <summary>The file the evaluation came from and the invoice version it evaluated (see <see cref="Messages.EvaluationChange"/>).</summary>
    [Key(6)]
    public string? File { get; init; }

    /// <summary>The invoice version of <see cref="Evaluation"/>.</summary>
    [Key(7)]
    public long Version { get; init; }

    /// <summary>The id of the reversal issued for <see cref="Posted"/>.</summary>
    [IgnoreMember]
    public string? ReversalId => Reversal?.CommandId;
}
