using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Invoices.Matching;
using FinanceStreams.Topologies.Rows;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Topologies.Invoices.Stages;

/// <summary>
/// Suppliers: the supplier dossier holds the supplier row and the headers of its invoices, and sends
/// each header with the row, as an <see cref="InvoiceEntry"/>, to the header's duplicate group.
/// </summary>
public static class SupplierStages
{
    /// <summary>Prefix of the group key of a cancelled invoice (it belongs to no duplicate group).</summary>
    public const string Ungrouped = "~";

    /// <summary>The row goes to its supplier dossier.</summary>
    public static IEnumerable<TargetedPart> Row(string key, SupplierRow supplier) => [new(key, "row", new Part { Supplier = supplier })];

    /// <summary>An invoice header goes to its supplier's dossier.</summary>
    public static IEnumerable<TargetedPart> Invoice(string key, InvoiceRow invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return [new(invoice.SupplierId, key, new Part { Invoice = invoice })];
    }

    /// <summary>Every header of the supplier, with the row, goes to its duplicate group.</summary>
    public static IEnumerable<TargetedPart> Entries(string supplierId, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var row = dossier.One(p => p.Supplier);
        return dossier.All(p => p.Invoice)
            .Where(h => h.SupplierId == supplierId)
            .Select(h => new TargetedPart(DuplicateInvoiceRule.GroupKey(DuplicateCandidates.Of(h)) ?? Ungrouped + h.InvoiceId, h.InvoiceId, new Part { Entry = new InvoiceEntry(h, row, null) }));
    }

    /// <summary>A duplicate group decides its verdicts and sends every entry, with its verdict, to its invoice's dossier.</summary>
    public static IEnumerable<TargetedPart> Verdicts(string group, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var entries = dossier.All(p => p.Entry).GroupBy(e => e.Header.InvoiceId).Select(g => g.MaxBy(e => e.Header.Source.Lsn)!).ToList();
        var verdicts = group.StartsWith(Ungrouped, StringComparison.Ordinal)
            ? []
            : DuplicateInvoiceRule.Decide(entries.Select(e => DuplicateCandidates.Of(e.Header))).Where(v => v.GroupKey == group).ToDictionary(v => v.InvoiceId);
        return entries.Select(e => new TargetedPart(e.Header.InvoiceId, "entry", new Part { Entry = e with { Verdict = verdicts.GetValueOrDefault(e.Header.InvoiceId) } }));
    }
}
