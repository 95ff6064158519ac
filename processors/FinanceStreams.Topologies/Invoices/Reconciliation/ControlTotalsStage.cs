using System.Text;
using FinanceStreams.Topologies.Outputs;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Invoices.Messages;

namespace FinanceStreams.Topologies.Invoices.Reconciliation;

/// <summary>
/// Control totals per (company, fiscal year, fiscal period, currency): each invoice's and command's latest contribution,
/// versioned, and the totals as their sum (never a running sum a replay could add twice). Publishes the totals when they
/// or their event time (the latest contribution's) changed, and again on a replay.
/// </summary>
public sealed class ControlTotalsStage : Stage<TallyChange, ControlTotalsView>
{
    /// <summary>The stage's store.</summary>
    public const string StateStore = "control-totals";

    /// <inheritdoc/>
    protected override string StoreName => StateStore;

    /// <inheritdoc/>
    protected override void Handle(string key, TallyChange value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var entry = PartKey.Of("tally", key, value.Contributor);
        var stored = Store.Get<TallyChange>(entry);
        var applied = stored is null || value.Version > stored.Version;
        if (applied && value.Invoice is null && value.Command is null)
        {
            Store.Delete(entry);
        }
        else if (applied)
        {
            Store.Put(entry, value);
        }

        var tallies = Store.Scan<TallyChange>(PartKey.Of("tally", key)).Select(t => t.Value).ToList();
        var view = new ControlTotalsView(
            ControlTotals.Of([.. tallies.Select(t => t.Invoice).OfType<InvoiceTally>()], [.. tallies.Select(t => t.Command).OfType<CommandTally>()]),
            tallies.Count == 0 ? value.EventTimeMs : tallies.Max(t => t.EventTimeMs));
        if (SentDigest.Changed(Store, PartKey.Of("published", key), Encoding.UTF8.GetBytes(TopologyJson.Canonical(view))) || !applied)
        {
            Context.ChangeTimestamp(view.EventTime);
            Forward(key, view);
        }
    }
}
