using FinanceStreams.Streaming.Serialization;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Invoices.Matching;
using FinanceStreams.Topologies.Invoices.Messages;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Invoices.Flow;

/// <summary>
/// A purchase-order file (keyed by po_id; an invoice without PO has a file of its own): the PO header, lines and goods
/// receipts, last-writer-wins by lsn, and the bundles of the invoices whose header references the PO, versioned. Each
/// input is applied whole and then every invoice of the file is evaluated once (the quantity rule ties them together);
/// the evaluations that changed go to the invoices' desks, all of them on a replay. An invoice that left the file is
/// reported with where it went, so its desk waits for that file instead of seeing it gone.
/// </summary>
public sealed class PurchaseOrderFileStage : Stage<object, EvaluationChange>
{
    /// <summary>The stage's store.</summary>
    public const string StateStore = "purchase-order-files";

    /// <inheritdoc/>
    protected override string StoreName => StateStore;

    /// <inheritdoc/>
    protected override void Handle(string key, object value)
    {
        var left = new List<FileEntry>();
        var replayed = value switch
        {
            RowChange<PurchaseOrderRow> order => !RowTable.Apply(Store, PartKey.Of(key, "order"), order).Applied,
            RowChange<PurchaseOrderLineRow> line => !RowTable.Apply(Store, PartKey.Of(key, "line", line.RowId[(line.RowId.LastIndexOf('|') + 1)..]), line).Applied,
            RowChange<GoodsReceiptRow> receipt => !RowTable.Apply(Store, PartKey.Of(key, "receipt", receipt.RowId), receipt).Applied,
            FileUpdate update => ApplyUpdate(key, update, left),
            _ => throw new ArgumentException($"The purchase-order file stage cannot read {value?.GetType().Name ?? "null"}.", nameof(value)),
        };
        foreach (var entry in left)
        {
            Store.Delete(PartKey.Of(key, "evaluated", entry.InvoiceId));
            Forward(entry.InvoiceId, new EvaluationChange(key, entry.Version, null, entry.Destination));
        }

        Evaluate(key, replayed);
    }

    private bool ApplyUpdate(string file, FileUpdate update, List<FileEntry> left)
    {
        foreach (var entry in update.Entries)
        {
            var stored = Store.Get<FileEntry>(PartKey.Of(file, "invoice", entry.InvoiceId));
            if (entry.Bundle is null)
            {
                if (entry.Destination == file)
                {
                    continue; // moving within this file: its new bundle replaces it
                }

                if (stored is null || entry.Version >= stored.Version)
                {
                    Store.Delete(PartKey.Of(file, "invoice", entry.InvoiceId));
                    left.Add(entry);
                }
            }
            else if (stored is null || entry.Version >= stored.Version)
            {
                Store.Put(PartKey.Of(file, "invoice", entry.InvoiceId), entry);
            }
        }

        return update.Replayed;
    }

    private void Evaluate(string key, bool replayed)
    {
        var poId = FileKeys.PoOf(key);
        var invoices = Store.Scan<FileEntry>(PartKey.Of(key, "invoice")).Select(e => e.Value).ToList();
        if (invoices.Count == 0)
        {
            return;
        }

        var file = new PurchaseOrderFile(
            poId,
            poId is null ? null : Store.Get<RowState<PurchaseOrderRow>>(PartKey.Of(key, "order"))?.Row,
            Store.Scan<RowState<PurchaseOrderLineRow>>(PartKey.Of(key, "line")).Select(l => l.Value.Row).OfType<PurchaseOrderLineRow>().ToDictionary(l => l.LineNo),
            [.. Store.Scan<RowState<GoodsReceiptRow>>(PartKey.Of(key, "receipt")).Select(r => r.Value.Row).OfType<GoodsReceiptRow>().Where(r => r.PoId == poId)],
            [.. invoices.Select(i => i.Bundle!)]);
        foreach (var invoice in invoices)
        {
            var change = new EvaluationChange(key, invoice.Version, InvoiceMatcher.Evaluate(file, invoice.Bundle!), null);
            if (SentDigest.Changed(Store, PartKey.Of(key, "evaluated", invoice.InvoiceId), CompactSerDes<EvaluationChange>.Write(change)) || replayed)
            {
                Forward(invoice.InvoiceId, change);
            }
        }
    }
}
