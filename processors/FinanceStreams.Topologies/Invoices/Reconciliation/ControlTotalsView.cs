namespace FinanceStreams.Topologies.Invoices.Reconciliation;

/// <summary>The control totals of one key as published, with the event time of their latest contribution.</summary>
/// <param name="Totals">The totals.</param>
/// <param name="EventTime">Event time of the latest contribution.</param>
public sealed record ControlTotalsView(ControlTotals Totals, long EventTime);
