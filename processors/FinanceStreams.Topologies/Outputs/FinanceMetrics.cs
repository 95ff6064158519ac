using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using finance.budget;
using finance.matching;
using finance.posting;
using finance.reconciliation;
using FinanceStreams.Contracts.Conversions;
using FinanceStreams.Topologies.Ingestion;

namespace FinanceStreams.Topologies.Outputs;

/// <summary>
/// Business metrics for the dashboards, observed on the records the topologies emit (meter
/// <see cref="CdcMetrics.MeterName"/>). Gauges show the latest record per bucket or control-totals key
/// emitted by this instance (each key is owned by one instance at a time).
/// </summary>
public static class FinanceMetrics
{
    private static readonly Meter _meter = new(CdcMetrics.MeterName);
    private static readonly Counter<long> _alerts = _meter.CreateCounter<long>("finance.budget.alerts", "{alert}", "Budget status changes, by new status.");
    private static readonly Counter<long> _checks = _meter.CreateCounter<long>("finance.budget.checks", "{check}", "Budget availability checks of the topology, by decision.");
    private static readonly Counter<long> _statuses = _meter.CreateCounter<long>("finance.invoice.status_changes", "{change}", "Invoice status changes, by new status.");
    private static readonly Counter<long> _unmatched = _meter.CreateCounter<long>("finance.invoice.unmatched_events", "{finding}", "Unmatched, resolved and changed-after-posting events, by event type and reason.");
    private static readonly Counter<long> _duplicates = _meter.CreateCounter<long>("finance.invoice.duplicates", "{report}", "Duplicate invoice reports, by kind and whether withdrawn.");
    private static readonly Counter<long> _commands = _meter.CreateCounter<long>("finance.posting.commands", "{command}", "Posting commands issued, by document type.");
    private static readonly Counter<long> _postingStates = _meter.CreateCounter<long>("finance.posting.state_changes", "{change}", "Posting command completion changes, by new state.");
    private static readonly ConcurrentDictionary<string, BudgetConsumption> _buckets = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, ReconciliationTotals> _totals = new(StringComparer.Ordinal);

    static FinanceMetrics()
    {
        _meter.CreateObservableGauge("finance.budget.utilization", () => _buckets.Values.Select(b => new Measurement<double>(
            b.utilization_pct.ToDecimal() is { } pct ? (double)pct : 0d, Tag("cost_center", b.cost_center), Tag("period", $"{b.fiscal_year}-{b.fiscal_period:D2}"), Tag("status", b.status.ToString()))),
            "%", "Latest consumed / budget per bucket.");
        _meter.CreateObservableGauge("finance.reconciliation.invoices", () => _totals.Values.SelectMany(t => new[]
        {
            Total(t, "received", t.received), Total(t, "matched", t.matched), Total(t, "pending", t.pending), Total(t, "unmatched", t.unmatched), Total(t, "duplicate", t.duplicate),
        }), "{invoice}", "Latest control totals: invoices per status.");
        _meter.CreateObservableGauge("finance.reconciliation.commands", () => _totals.Values.SelectMany(t => new[]
        {
            Total(t, "emitted", t.commands_emitted), Total(t, "reversals", t.reversals_emitted), Total(t, "posted", t.commands_posted), Total(t, "rejected", t.commands_rejected), Total(t, "unacknowledged", t.commands_unacknowledged),
        }), "{command}", "Latest control totals: commands per state.");
        _meter.CreateObservableGauge("finance.reconciliation.balanced", () => _totals.Values.SelectMany(t => new[]
        {
            new Measurement<long>(t.invoices_balanced ? 1 : 0, [.. Key(t), Tag("invariant", "invoices")]),
            new Measurement<long>(t.commands_balanced ? 1 : 0, [.. Key(t), Tag("invariant", "commands")]),
        }), "{invariant}", "1 while the invariant holds, 0 when it breaks.");
    }

    /// <summary>Observes a consumption record.</summary>
    public static void Observe(BudgetConsumption? value)
    {
        if (value is not null)
        {
            _buckets[$"{value.cost_center}|{value.fiscal_year}|{value.fiscal_period}"] = value;
        }
    }

    /// <summary>Observes an alert.</summary>
    public static void Observe(BudgetAlert? value) => Count(_alerts, value, v => [Tag("status", v.new_status.ToString())]);

    /// <summary>Observes a budget check.</summary>
    public static void Observe(BudgetCheck? value) => Count(_checks, value, v => [Tag("decision", v.decision.ToString())]);

    /// <summary>Observes an invoice status.</summary>
    public static void Observe(InvoiceStatus? value) => Count(_statuses, value, v => [Tag("status", v.status.ToString())]);

    /// <summary>Observes an unmatched-invoices event (once per reason).</summary>
    public static void Observe(UnmatchedInvoice? value)
    {
        foreach (var reason in value?.findings.Select(f => f.reason.ToString()).Distinct().DefaultIfEmpty("NONE") ?? [])
        {
            _unmatched.Add(1, Tag("event_type", value!.event_type.ToString()), Tag("reason", reason));
        }
    }

    /// <summary>Observes a duplicate report.</summary>
    public static void Observe(DuplicateInvoice? value) => Count(_duplicates, value, v => [Tag("kind", v.kind.ToString()), Tag("withdrawn", v.withdrawn ? "true" : "false")]);

    /// <summary>Observes a posting command.</summary>
    public static void Observe(PostingCommand? value) => Count(_commands, value, v => [Tag("document_type", v.document_type.ToString())]);

    /// <summary>Observes a posting status.</summary>
    public static void Observe(PostingStatus? value) => Count(_postingStates, value, v => [Tag("state", v.state.ToString())]);

    /// <summary>Observes control totals.</summary>
    public static void Observe(ReconciliationTotals? value)
    {
        if (value is not null)
        {
            _totals[$"{value.company_code}|{value.fiscal_year}|{value.fiscal_period}|{value.currency}"] = value;
        }
    }

    private static void Count<T>(Counter<long> counter, T? value, Func<T, KeyValuePair<string, object?>[]> tags)
        where T : class
    {
        if (value is not null)
        {
            counter.Add(1, tags(value));
        }
    }

    private static Measurement<long> Total(ReconciliationTotals t, string measure, ControlTotal total) => new(total.count, [.. Key(t), Tag("measure", measure)]);

    private static KeyValuePair<string, object?>[] Key(ReconciliationTotals t) =>
        [Tag("company_code", t.company_code), Tag("period", $"{t.fiscal_year}-{t.fiscal_period:D2}"), Tag("currency", t.currency)];

    private static KeyValuePair<string, object?> Tag(string key, string value) => new(key, value);
}
