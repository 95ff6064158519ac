using System.Globalization;
using System.Text;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Invoices.Messages;
using FinanceStreams.Topologies.Outputs;

namespace FinanceStreams.Topologies.Invoices.Reconciliation;

/// <summary>
/// Control totals per (company, fiscal year, fiscal period, currency): each invoice's and command's latest contribution,
/// versioned, and the totals kept as their sum: a new version replaces its contributor's old contribution in the stored
/// totals (never a running sum of deltas a replay could add twice), and the event time is the latest contribution's (an
/// index by time). The first input of a key after the task starts rebuilds both from the contributions, which repairs
/// a sum that a crash in the middle of a commit left behind them. Publishes the totals when they or their event time
/// changed, and again on a replay.
/// </summary>
public sealed class ControlTotalsStage : Stage<TallyChange, ControlTotalsView>
{
    /// <summary>The stage's store.</summary>
    public const string StateStore = "control-totals";

    private readonly HashSet<string> _rebuilt = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    protected override string StoreName => StateStore;

    /// <inheritdoc/>
    protected override void Handle(string key, TallyChange value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var totals = _rebuilt.Add(key) ? Rebuild(key) : Store.Get<ControlTotals>(PartKey.Of("sum", key)) ?? ControlTotals.Empty;
        var entry = PartKey.Of("tally", key, value.Contributor);
        var stored = Store.Get<TallyChange>(entry);
        var applied = stored is null || value.Version > stored.Version;
        if (applied)
        {
            totals = Add(Add(totals, stored, -1), value, 1);
            Store.Put(PartKey.Of("sum", key), totals);
            if (stored is not null)
            {
                Store.Delete(TimeEntry(key, stored));
            }

            if (value.Invoice is null && value.Command is null)
            {
                Store.Delete(entry);
            }
            else
            {
                Store.Put(entry, value);
                Store.Put(TimeEntry(key, value), new Revision(value.EventTimeMs));
            }
        }

        var latest = Store.Floor<Revision>(PartKey.Of("time", key), PartKey.RangeEnd(PartKey.Of("time", key)), _ => true)?.Value ?? value.EventTimeMs;
        var view = new ControlTotalsView(totals, latest);
        if (SentDigest.Changed(Store, PartKey.Of("published", key), Encoding.UTF8.GetBytes(TopologyJson.Canonical(view))) || !applied)
        {
            Context.ChangeTimestamp(view.EventTime);
            Forward(key, view);
        }
    }

    private static ControlTotals Add(ControlTotals totals, TallyChange? tally, int sign) =>
        tally is null ? totals : totals.Plus(tally.Invoice, sign).Plus(tally.Command, sign);

    private static string TimeEntry(string key, TallyChange tally) =>
        PartKey.Of("time", key, Math.Max(0, tally.EventTimeMs).ToString("D19", CultureInfo.InvariantCulture), tally.Contributor);

    /// <summary>The totals and the time index of <paramref name="key"/> made again from its stored contributions.</summary>
    private ControlTotals Rebuild(string key)
    {
        foreach (var (time, _) in Store.Scan<Revision>(PartKey.Of("time", key)))
        {
            Store.Delete(time);
        }

        var totals = ControlTotals.Empty;
        foreach (var (_, tally) in Store.Scan<TallyChange>(PartKey.Of("tally", key)))
        {
            totals = Add(totals, tally, 1);
            Store.Put(TimeEntry(key, tally), new Revision(tally.EventTimeMs));
        }

        Store.Put(PartKey.Of("sum", key), totals);
        return totals;
    }
}
