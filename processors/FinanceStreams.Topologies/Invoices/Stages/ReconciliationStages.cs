using finance.reconciliation;
using FinanceStreams.Contracts.Conversions;
using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Invoices.Reconciliation;
using FinanceStreams.Topologies.Outputs;
using StreamKit.Dsl;

namespace FinanceStreams.Topologies.Invoices.Stages;

/// <summary>Control totals: every invoice's and command's contribution is filed under its (company, period, currency); a changed total is published.</summary>
public static class ReconciliationStages
{
    /// <summary>An invoice's contribution goes to its totals.</summary>
    public static IEnumerable<TargetedPart> Invoice(string key, InvoiceTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return [new(tally.TotalsKey, "invoice", new Part { InvoiceTally = tally })];
    }

    /// <summary>A command's contribution goes to its totals.</summary>
    public static IEnumerable<TargetedPart> Command(string key, CommandTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return [new(tally.TotalsKey, "command", new Part { CommandTally = tally })];
    }

    /// <summary>The totals record when a change of the dossier changed the totals.</summary>
    public static IEnumerable<Emission<ReconciliationKey, ReconciliationTotals>> Totals(string key, Change<Dossier> change, long eventTime)
    {
        var before = change.Old.HasValue ? Of(change.Old.Value) : null;
        var after = change.New.HasValue ? Of(change.New.Value) : null;
        if (after is null || after == before)
        {
            yield break;
        }

        var parts = key.Split('|');
        var (company, year, period, currency) = (parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), parts[3]);
        yield return new(new ReconciliationKey { company_code = company, fiscal_year = year, fiscal_period = period, currency = currency }, new ReconciliationTotals
        {
            company_code = company, fiscal_year = year, fiscal_period = period, currency = currency,
            received = Record(after.Received), matched = Record(after.Matched), pending = Record(after.Pending), unmatched = Record(after.Unmatched),
            duplicate = Record(after.Duplicate), commands_emitted = Record(after.CommandsEmitted), reversals_emitted = Record(after.ReversalsEmitted),
            commands_posted = Record(after.CommandsPosted), commands_rejected = Record(after.CommandsRejected), commands_unacknowledged = Record(after.CommandsUnacknowledged),
            invoices_balanced = after.InvoicesBalanced, commands_balanced = after.CommandsBalanced,
            last_event_time = AvroDateExtensions.FromEpochMilliseconds(eventTime),
        }, eventTime, []);
    }

    /// <summary>The totals of a dossier.</summary>
    public static ControlTotals Of(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return ControlTotals.Of([.. dossier.All(p => p.InvoiceTally)], [.. dossier.All(p => p.CommandTally)]);
    }

    private static ControlTotal Record(Total total) => new() { count = total.Count, gross_amount = total.Gross.ToAvroDecimal(MoneyScale.Amount) };
}
