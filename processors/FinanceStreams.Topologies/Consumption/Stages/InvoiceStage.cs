using System.Globalization;
using finance.erp;
using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Consumption.Stages;

/// <summary>
/// Invoices, keyed by invoice_id: the header with its duplicate verdict, and the lines. Tells each
/// PO which of this invoice's lines count against its lines: those of an invoice that is neither
/// cancelled nor an exact duplicate that reference a PO line (the line's po_id, else the header's).
/// A header change re-derives every line; a line change only that line. Every PO a line or the header ever named hears
/// that a line does not count there, whenever it does not (see <see cref="Targets"/>).
/// </summary>
public sealed class InvoiceStage : Stage<object, InvoicedLineChange>
{
    /// <summary>The stage's store.</summary>
    public const string StateStore = "invoices";

    /// <inheritdoc/>
    protected override string StoreName => StateStore;

    /// <inheritdoc/>
    protected override void Handle(string key, object value)
    {
        switch (value)
        {
            case InvoiceVerdict verdict:
                var applied = ApplyVerdict(key, verdict);
                var lines = Store.Scan<RowState<InvoiceLineRow>>(PartKey.Of("line", key)).Select(l => (PartKey.Last(l.Key), l.Value));
                Derive(key, lines, Revisions.Next(Store, key, applied), verdict.EventTimeMs);
                break;
            case RowChange<InvoiceLineRow> line:
                var lineNo = line.RowId[(line.RowId.LastIndexOf('|') + 1)..];
                var (state, lineApplied) = RowTable.Apply(Store, PartKey.Of("line", key, lineNo), line);
                Derive(key, [(lineNo, state)], Revisions.Next(Store, key, lineApplied), line.EventTimeMs);
                break;
            default:
                throw new ArgumentException($"The invoice stage cannot read {value?.GetType().Name ?? "null"}.", nameof(value));
        }
    }

    private bool ApplyVerdict(string key, InvoiceVerdict verdict)
    {
        var stored = Store.Get<InvoiceVerdict>(PartKey.Of("verdict", key));
        var newer = stored is null || verdict.Lsn > stored.Lsn || (verdict.Lsn == stored.Lsn && verdict.Group == stored.Group && verdict != stored);
        if (newer)
        {
            Store.Put(PartKey.Of("verdict", key), verdict);
        }

        return newer;
    }

    private void Derive(string invoiceId, IEnumerable<(string LineNo, RowState<InvoiceLineRow> State)> lines, long version, long eventTime)
    {
        var verdict = Store.Get<InvoiceVerdict>(PartKey.Of("verdict", invoiceId));
        var header = verdict is { IsDuplicate: false, Header: { Status: not SupplierInvoiceStatus.CANCELLED } h } ? h : null;
        var headerOrders = Targets.Extend(Store, PartKey.Of("header-po", invoiceId), verdict?.Header?.PoId);
        foreach (var (lineNo, state) in lines.ToList())
        {
            var counting = Counting(header, state);
            var po = counting is null ? null : (state.Row!.PoId ?? header!.PoId)!;
            var named = Targets.Extend(Store, PartKey.Of("po", invoiceId, lineNo), state.Row?.PoId);
            foreach (var former in named.Union(headerOrders, StringComparer.Ordinal).Where(t => t != po))
            {
                Forward(former, new InvoicedLineChange(invoiceId, int.Parse(lineNo, CultureInfo.InvariantCulture), version, null, eventTime));
            }

            if (po is not null)
            {
                Forward(po, new InvoicedLineChange(invoiceId, counting!.LineNo, version, counting, eventTime));
            }
        }
    }

    private static InvoicedLine? Counting(InvoiceRow? header, RowState<InvoiceLineRow> state) =>
        header is not null && state.Row is { PoLineNo: { } poLine } line && (line.PoId ?? header.PoId) is not null
            ? new InvoicedLine(header.InvoiceId, line.LineNo, poLine, header.Currency, header.InvoiceDate, line.Amount, [header.Source, state.Source])
            : null;
}
