using finance.erp;
using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Rows;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Topologies.Budget.Stages;

/// <summary>Invoices: duplicate groups, invoice dossiers (header, lines, verdict) and the lines that count against PO lines.</summary>
public static class InvoiceStages
{
    /// <summary>A non-cancelled invoice joins its exact-duplicate group.</summary>
    public static IEnumerable<TargetedPart> ToGroup(string key, InvoiceRow invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return DuplicateInvoiceRule.GroupKey(Candidate(invoice)) is { } group ? [new(group, "inv", new Part { Invoice = invoice })] : [];
    }

    /// <summary>Every member of a group gets its verdict.</summary>
    public static IEnumerable<TargetedPart> Verdicts(string group, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return DuplicateInvoiceRule.Decide(dossier.All(p => p.Invoice).Select(Candidate))
            .Where(v => v.GroupKey == group)
            .Select(v => new TargetedPart(v.InvoiceId, "verdict", new Part { Verdict = v }));
    }

    /// <summary>The header goes to its invoice dossier.</summary>
    public static IEnumerable<TargetedPart> Header(string key, InvoiceRow invoice) => [new(key, "header", new Part { Invoice = invoice })];

    /// <summary>A line goes to its invoice dossier.</summary>
    public static IEnumerable<TargetedPart> Line(string key, InvoiceLineRow line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return [new(line.InvoiceId, "line", new Part { InvoiceLine = line })];
    }

    /// <summary>
    /// The lines of a counting invoice (not cancelled, not an exact duplicate) that reference a PO line,
    /// each to the dossier of its PO (the line's po_id, else the header's).
    /// </summary>
    public static IEnumerable<TargetedPart> InvoicedLines(string invoiceId, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var header = dossier.One(p => p.Invoice);
        if (header is null || header.Status == SupplierInvoiceStatus.CANCELLED)
        {
            return [];
        }

        var group = DuplicateInvoiceRule.GroupKey(Candidate(header));
        var verdict = dossier.All(p => p.Verdict).FirstOrDefault(v => v.GroupKey == group);
        if (verdict is { IsDuplicate: true })
        {
            return [];
        }

        return dossier.All(p => p.InvoiceLine)
            .Where(l => l.PoLineNo is not null && (l.PoId ?? header.PoId) is not null)
            .Select(l => new InvoicedLine(header.InvoiceId, l.LineNo, (l.PoId ?? header.PoId)!, l.PoLineNo!.Value, header.Currency, header.InvoiceDate, l.Amount, [header.Source, l.Source]))
            .Select(f => new TargetedPart(f.PoId, $"{f.LineNo}", new Part { InvoicedLine = f }));
    }

    /// <summary>What the duplicate rule reads of an invoice.</summary>
    public static DuplicateCandidate Candidate(InvoiceRow invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return new(invoice.InvoiceId, invoice.CompanyCode, invoice.SupplierId, invoice.SupplierInvoiceNumber, invoice.ReceivedAtMs, invoice.Status, invoice.InvoiceDate, invoice.GrossAmount, invoice.Currency, invoice.Source);
    }
}
