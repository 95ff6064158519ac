using finance.budget;
using finance.procurement;
using FinanceStreams.Topologies.Budget;
using InvoicedLine = FinanceStreams.Topologies.Consumption.Messages.InvoicedLine;
using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Consumption.Stages;

/// <summary>
/// What a PO contributes (domain.md §3). Pure. Per line of a RELEASED PO the commitment
/// max(0, line amount − invoiced on the line in PO currency) at order_date; per invoiced line the
/// actual at invoice_date, or a CURRENCY_MISMATCH exception. Nothing without the header, nor an
/// actual without its PO line.
/// </summary>
public static class OrderContributions
{
    /// <summary>The commitment of one PO line, or null.</summary>
    public static PlacedItem? Commitment(RowState<PurchaseOrderRow>? header, RowState<PurchaseOrderLineRow>? line, IReadOnlyList<InvoicedLine> invoiced)
    {
        ArgumentNullException.ThrowIfNull(invoiced);
        if (header?.Row is not { Status: PurchaseOrderStatus.RELEASED } po || line?.Row is not { } l)
        {
            return null;
        }

        var relief = invoiced.Where(f => f.Currency == po.Currency).ToList();
        var open = Math.Max(0m, l.Amount - relief.Sum(f => f.Amount));
        List<SourceRef> lineage = [header.Source, line.Source, .. relief.SelectMany(f => f.Lineage)];
        var contribution = new Contribution(BudgetItemKind.Commitment, $"PO:{po.PoId}", po.Currency, open, po.OrderDate, lineage.Max(s => s.TsMs), null,
            new CheckRequest(BudgetDocumentType.PURCHASE_ORDER, po.PoId, header.Lsn, l.Amount), lineage);
        return new($"COM|{po.PoId}|{l.LineNo}", BucketRef.Of(l.CostCenter, po.OrderDate), contribution);
    }

    /// <summary>The actual of one invoiced line, or null.</summary>
    public static PlacedItem? Actual(RowState<PurchaseOrderRow>? header, RowState<PurchaseOrderLineRow>? line, InvoicedLine? invoiced)
    {
        if (header?.Row is not { } po || line?.Row is not { } l || invoiced is null)
        {
            return null;
        }

        List<SourceRef> lineage = [.. invoiced.Lineage, line.Source, header.Source];
        var contribution = new Contribution(BudgetItemKind.Actual, $"INV:{invoiced.InvoiceId}", invoiced.Currency, invoiced.Amount, invoiced.InvoiceDate, lineage.Max(s => s.TsMs),
            invoiced.Currency == po.Currency ? null : BudgetReasons.CurrencyMismatch, null, lineage);
        return new($"ACT|{po.PoId}|{invoiced.InvoiceId}|{invoiced.LineNo}", BucketRef.Of(l.CostCenter, invoiced.InvoiceDate), contribution);
    }
}
