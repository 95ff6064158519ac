using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Invoices.Stages;

/// <summary>Invoice lines into their invoice's dossier.</summary>
public static class InvoiceLineStages
{
    /// <summary>A line goes to its invoice dossier.</summary>
    public static IEnumerable<TargetedPart> Line(string key, InvoiceLineRow line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return [new(line.InvoiceId, "line", new Part { InvoiceLine = line })];
    }
}
