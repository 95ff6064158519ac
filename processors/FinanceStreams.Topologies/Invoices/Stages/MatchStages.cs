using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Invoices.Matching;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Invoices.Stages;

/// <summary>
/// Matching: each invoice (as a bundle) is filed with its purchase order, together with the PO's
/// header, lines and receipts; every change of the file re-evaluates all its invoices.
/// </summary>
public static class MatchStages
{
    private const string NoPurchaseOrder = "~";

    /// <summary>The PO header goes to its file.</summary>
    public static IEnumerable<TargetedPart> Order(string key, PurchaseOrderRow order) => [new(key, "header", new Part { PurchaseOrder = order })];

    /// <summary>A PO line goes to its PO's file.</summary>
    public static IEnumerable<TargetedPart> OrderLine(string key, PurchaseOrderLineRow line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return [new(line.PoId, "line", new Part { PurchaseOrderLine = line })];
    }

    /// <summary>A goods receipt goes to its PO's file.</summary>
    public static IEnumerable<TargetedPart> Receipt(string key, GoodsReceiptRow receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return [new(receipt.PoId, "receipt", new Part { Receipt = receipt })];
    }

    /// <summary>An invoice with a header goes, as a bundle, to the file of its header's PO (its own file without one).</summary>
    public static IEnumerable<TargetedPart> Bundle(string invoiceId, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (Bundled(dossier) is not { } bundle)
        {
            return [];
        }

        return [new(bundle.Header.PoId ?? NoPurchaseOrder + invoiceId, "bundle", new Part { Bundle = bundle })];
    }

    /// <summary>Every invoice of a file is evaluated; the evaluation goes to the invoice's desk.</summary>
    public static IEnumerable<TargetedPart> Evaluations(string fileKey, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var poId = fileKey.StartsWith(NoPurchaseOrder, StringComparison.Ordinal) ? null : fileKey;
        var invoices = dossier.All(p => p.Bundle).Where(b => b.Header.PoId == poId).ToList();
        var file = new PurchaseOrderFile(
            poId,
            dossier.All(p => p.PurchaseOrder).FirstOrDefault(o => o.PoId == poId),
            dossier.All(p => p.PurchaseOrderLine).Where(l => l.PoId == poId).GroupBy(l => l.LineNo).ToDictionary(g => g.Key, g => g.First()),
            [.. dossier.All(p => p.Receipt).Where(r => r.PoId == poId)],
            invoices);
        return invoices.Select(i => new TargetedPart(i.Header.InvoiceId, "evaluation", new Part { Evaluation = InvoiceMatcher.Evaluate(file, i) }));
    }

    /// <summary>The bundle of an invoice dossier: its latest entry (header, supplier, verdict) and its lines.</summary>
    public static InvoiceBundle? Bundled(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var entry = dossier.All(p => p.Entry).MaxBy(e => e.Header.Source.Lsn);
        return entry is null ? null : new InvoiceBundle(entry.Header, [.. dossier.All(p => p.InvoiceLine).OrderBy(l => l.LineNo)], entry.Verdict, entry.Supplier);
    }
}
