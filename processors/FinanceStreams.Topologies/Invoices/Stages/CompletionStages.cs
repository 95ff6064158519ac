using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Invoices.Completion;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Invoices.Stages;

/// <summary>Completion: an issued command and the ERP's acknowledgements meet under the command id, whichever comes first.</summary>
public static class CompletionStages
{
    /// <summary>An issued command goes to its dossier.</summary>
    public static IEnumerable<TargetedPart> Issued(string commandId, IssuedCommand command) => [new(commandId, "issued", new Part { Issued = command })];

    /// <summary>An acknowledgement goes to the dossier of the command it names.</summary>
    public static IEnumerable<TargetedPart> Acknowledgement(string postingId, GlPostingRow ack)
    {
        ArgumentNullException.ThrowIfNull(ack);
        return [new(ack.CommandId, "ack", new Part { Acknowledgement = ack })];
    }
}
