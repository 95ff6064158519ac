using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Invoices.Messages;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Invoices.Flow;

/// <summary>
/// Invoices, keyed by invoice_id: header and lines, last-writer-wins by lsn, versioned by a change counter. Every change
/// (and every replay) sends the whole document to the ledger of its supplier, and tells every ledger it was sent to
/// before that it left (deleted, or moved to another supplier), so one source event reaches the ledgers once.
/// </summary>
public sealed class InvoiceDocumentStage : Stage<object, InvoiceDocument>
{
    /// <summary>The stage's store.</summary>
    public const string StateStore = "invoice-documents";

    /// <inheritdoc/>
    protected override string StoreName => StateStore;

    /// <inheritdoc/>
    protected override void Handle(string key, object value)
    {
        var applied = value switch
        {
            RowChange<InvoiceRow> change => RowTable.Apply(Store, PartKey.Of("header", key), change).Applied,
            RowChange<InvoiceLineRow> line => RowTable.Apply(Store, PartKey.Of("line", key, line.RowId[(line.RowId.LastIndexOf('|') + 1)..]), line).Applied,
            _ => throw new ArgumentException($"The invoice document stage cannot read {value?.GetType().Name ?? "null"}.", nameof(value)),
        };
        var version = Revisions.Next(Store, key, applied);
        var header = Store.Get<RowState<InvoiceRow>>(PartKey.Of("header", key))?.Row;
        var destination = header is null ? null : FileKeys.Of(header);
        foreach (var former in Targets.Former(Store, PartKey.Of("supplier", key), header?.SupplierId))
        {
            Forward(former, new InvoiceDocument(key, version, null, [], destination));
        }

        if (header is not null)
        {
            var lines = Store.Scan<RowState<InvoiceLineRow>>(PartKey.Of("line", key)).Select(l => l.Value.Row).OfType<InvoiceLineRow>().OrderBy(l => l.LineNo).ToList();
            Forward(header.SupplierId, new InvoiceDocument(key, version, header, lines, null));
        }
    }
}
