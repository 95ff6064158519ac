using finance.posting;
using FinanceStreams.Topologies.Invoices.Reconciliation;
using FinanceStreams.Topologies.Rows;
using MessagePack;

namespace FinanceStreams.Topologies.Invoices.Completion;

/// <summary>A command's completion as published on <c>finance.posting-status</c> (plain form).</summary>
/// <param name="Command">The command as issued.</param>
/// <param name="State">Its state.</param>
/// <param name="Acknowledgement">The acknowledgement that decided it, if any.</param>
/// <param name="AcknowledgeBy">Event time after which a missing acknowledgement is UNACKNOWLEDGED.</param>
/// <param name="EventTime">Event time of this state.</param>
[MessagePackObject]
public sealed record PostingStatusView([property: Key(0)] IssuedCommand Command, [property: Key(1)] PostingState State, [property: Key(2)] GlPostingRow? Acknowledgement, [property: Key(3)] long AcknowledgeBy, [property: Key(4)] long EventTime)
{
    /// <summary>The command's contribution to the control totals.</summary>
    [IgnoreMember]
    public CommandTally Tally => new(Command.CommandId, Command.Kind, Command.CompanyCode, Command.FiscalYear, Command.FiscalPeriod, Command.Currency, Command.Gross, State);

}
