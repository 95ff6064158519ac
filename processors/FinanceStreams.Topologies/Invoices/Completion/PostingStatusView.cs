using finance.posting;
using FinanceStreams.Topologies.Invoices.Reconciliation;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Invoices.Completion;

/// <summary>A command's completion as published on <c>finance.posting-status</c> (plain form).</summary>
/// <param name="Command">The command as issued.</param>
/// <param name="State">Its state.</param>
/// <param name="Acknowledgement">The acknowledgement that decided it, if any.</param>
/// <param name="AcknowledgeBy">Event time after which a missing acknowledgement is UNACKNOWLEDGED.</param>
/// <param name="EventTime">Event time of this state.</param>
public sealed record PostingStatusView(IssuedCommand Command, PostingState State, GlPostingRow? Acknowledgement, long AcknowledgeBy, long EventTime)
{
    /// <summary>The command's contribution to the control totals.</summary>
    public CommandTally Tally => new(Command.CommandId, Command.Kind, Command.CompanyCode, Command.FiscalYear, Command.FiscalPeriod, Command.Currency, Command.Gross, State);

    /// <summary>Whether <paramref name="other"/> says the same (event time aside).</summary>
    public bool SameAs(PostingStatusView? other) =>
        other is not null && Command == other.Command && State == other.State && Acknowledgement == other.Acknowledgement && AcknowledgeBy == other.AcknowledgeBy;
}

/// <summary>One output of the completion desk: a new state and the command's control-totals change.</summary>
/// <param name="Status">The new state.</param>
/// <param name="TallyOld">The contribution before.</param>
public sealed record CompletionOutput(PostingStatusView Status, CommandTally? TallyOld);
