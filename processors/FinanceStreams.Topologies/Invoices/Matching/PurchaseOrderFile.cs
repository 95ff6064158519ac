using finance.procurement;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Invoices.Matching;

/// <summary>Everything the match rules read about one purchase order: header, lines, receipts and every invoice that references it.</summary>
/// <param name="PoId">The PO id (null for the file of an invoice without PO reference).</param>
/// <param name="Order">The header, null while unknown.</param>
/// <param name="Lines">Lines by line number.</param>
/// <param name="Receipts">Goods receipts of the PO.</param>
/// <param name="Invoices">Invoices whose header references the PO.</param>
public sealed record PurchaseOrderFile(string? PoId, PurchaseOrderRow? Order, IReadOnlyDictionary<int, PurchaseOrderLineRow> Lines, IReadOnlyList<GoodsReceiptRow> Receipts, IReadOnlyList<InvoiceBundle> Invoices)
{
    /// <summary>Quantity received on a PO line by <c>POSTED</c> receipts.</summary>
    public decimal Received(int lineNo) => PostedReceipts(lineNo).Sum(r => r.Quantity);

    /// <summary>The <c>POSTED</c> receipts of a PO line, by receipt id.</summary>
    public IEnumerable<GoodsReceiptRow> PostedReceipts(int lineNo) =>
        Receipts.Where(r => r.LineNo == lineNo && r.Status == GoodsReceiptStatus.POSTED).OrderBy(r => r.ReceiptId, StringComparer.Ordinal);

    /// <summary>Quantity invoiced on a PO line by every counting invoice (not cancelled, not an exact duplicate).</summary>
    public decimal Invoiced(int lineNo) => Invoices
        .Where(i => i.Counts)
        .SelectMany(i => i.Lines.Where(l => l.PoLineNo == lineNo && i.PoOf(l) == PoId))
        .Sum(l => l.Quantity);
}
