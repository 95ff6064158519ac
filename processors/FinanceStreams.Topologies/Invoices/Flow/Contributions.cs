using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Invoices.Messages;
using FinanceStreams.Topologies.Invoices.Reconciliation;

namespace FinanceStreams.Topologies.Invoices.Flow;

/// <summary>
/// Sends an invoice's or a command's contribution to its control-totals key, versioned, and its withdrawal to every key
/// it was sent to before (an invoice whose date, company or currency changed moves to other totals).
/// </summary>
internal static class Contributions
{
    /// <summary>Sends the contribution of <paramref name="contributor"/> (neither tally set: it counts nowhere); a replay (not <paramref name="applied"/>) keeps its version.</summary>
    public static void Send(PartStore store, string contributor, string? target, InvoiceTally? invoice, CommandTally? command, long eventTime, bool applied, Action<string, TallyChange> forward)
    {
        var version = Revisions.Next(store, contributor, applied);
        foreach (var former in Targets.Former(store, PartKey.Of("totals", contributor), target))
        {
            forward(former, new TallyChange(contributor, version, null, null, eventTime));
        }

        if (target is not null)
        {
            forward(target, new TallyChange(contributor, version, invoice, command, eventTime));
        }
    }
}
