using finance.procurement;
using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Budget.Stages;

/// <summary>Purchase orders: PO dossiers (header, lines, invoiced lines) and their commitments and actuals.</summary>
public static class PurchaseOrderStages
{
    /// <summary>Exception of an invoice line in another currency than its PO.</summary>
    public const string CurrencyMismatch = "CURRENCY_MISMATCH";

    /// <summary>The header goes to its PO dossier.</summary>
    public static IEnumerable<TargetedPart> Header(string key, PurchaseOrderRow po) => [new(key, "header", new Part { PurchaseOrder = po })];

    /// <summary>A line goes to its PO dossier.</summary>
    public static IEnumerable<TargetedPart> Line(string key, PurchaseOrderLineRow line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return [new(line.PoId, "line", new Part { PurchaseOrderLine = line })];
    }

    /// <summary>
    /// The PO's contributions, each to its cost center: per line of a RELEASED PO the commitment
    /// max(0, line amount − invoiced on the line) at order_date; per invoiced line the actual at
    /// invoice_date, or a CURRENCY_MISMATCH exception (then it relieves nothing either).
    /// Nothing is known without the header (status, currency) or, for an invoiced line, its PO line.
    /// </summary>
    public static IEnumerable<TargetedPart> Items(string poId, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var header = dossier.One(p => p.PurchaseOrder);
        if (header is null)
        {
            return [];
        }

        var lines = dossier.All(p => p.PurchaseOrderLine).GroupBy(l => l.LineNo).ToDictionary(g => g.Key, g => g.First());
        var invoiced = dossier.All(p => p.InvoicedLine).Where(f => lines.ContainsKey(f.PoLineNo)).ToList();
        var items = invoiced.Select(f => Actual(header, lines[f.PoLineNo], f)).ToList();
        if (header.Status == PurchaseOrderStatus.RELEASED)
        {
            items.AddRange(lines.Values.Select(l => Commitment(header, l, invoiced.Where(f => f.PoLineNo == l.LineNo && f.Currency == header.Currency).ToList())));
        }

        return items.Select(i => new TargetedPart(i.CostCenter, i.ItemId, new Part { Item = i }));
    }

    private static BudgetItem Actual(PurchaseOrderRow header, PurchaseOrderLineRow line, InvoicedLine fact)
    {
        var item = new BudgetItem($"ACT|{fact.InvoiceId}|{fact.LineNo}", BudgetItemKind.Actual, $"INV:{fact.InvoiceId}", line.CostCenter,
            fact.InvoiceDate.Year, fact.InvoiceDate.Month, fact.InvoiceDate, fact.Currency, fact.Amount, [.. fact.Lineage, line.Source, header.Source]);
        return fact.Currency == header.Currency ? item : item with { Exception = CurrencyMismatch };
    }

    private static BudgetItem Commitment(PurchaseOrderRow header, PurchaseOrderLineRow line, IReadOnlyList<InvoicedLine> relief)
    {
        var open = Math.Max(0m, line.Amount - relief.Sum(f => f.Amount));
        return new BudgetItem($"COM|{header.PoId}|{line.LineNo}", BudgetItemKind.Commitment, $"PO:{header.PoId}", line.CostCenter,
            header.OrderDate.Year, header.OrderDate.Month, header.OrderDate, header.Currency, open, [header.Source, line.Source, .. relief.SelectMany(f => f.Lineage)])
        {
            Check = new ItemCheck(finance.budget.BudgetDocumentType.PURCHASE_ORDER, header.PoId, header.Source.Lsn, line.Amount),
        };
    }
}
