using System.Diagnostics.Metrics;
using FinanceStreams.Topologies.Ingestion;

namespace FinanceStreams.Topologies.Invoices;

/// <summary>Counters of the invoice topology that no output topic shows.</summary>
public static class InvoiceMetrics
{
    /// <summary>Instrument name of matched invoices whose command did not balance.</summary>
    public const string UnbalancedName = "finance.posting.unbalanced_commands";

    private static readonly Meter _meter = new(CdcMetrics.MeterName);
    private static readonly Counter<long> _unbalanced = _meter.CreateCounter<long>(UnbalancedName, "{command}", "Matched invoices whose posting command was not issued because debits did not equal credits.");

    /// <summary>Counts a command withheld because it did not balance.</summary>
    public static void Unbalanced() => _unbalanced.Add(1);
}
