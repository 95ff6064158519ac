using System.Globalization;
using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Consumption.Stages;

/// <summary>
/// Purchase orders, keyed by po_id: header, lines and the invoice lines that count against them.
/// Derives each PO line's commitment and each invoiced line's actual (<see cref="OrderContributions"/>)
/// for what the input touched (a header: every line; a line or an invoiced line: that PO line) and
/// reports them, with the PO's status, to the requisition the PO converts.
/// </summary>
public sealed class PurchaseOrderStage : Stage<object, PurchaseOrderReport>
{
    /// <summary>The stage's store.</summary>
    public const string StateStore = "purchase-orders";

    /// <inheritdoc/>
    protected override string StoreName => StateStore;

    /// <inheritdoc/>
    protected override void Handle(string key, object value)
    {
        if (value is InvoicedLineChange { Line: null } removal && Store.Get<StoredInvoicedLine>(InvoicedKey(key, removal)) is null)
        {
            return; // an invoice line that never counted here: nothing to take back (the invoice stage tells every PO its rows named)
        }

        var (applied, lines, eventTime) = value switch
        {
            RowChange<PurchaseOrderRow> change => (RowTable.Apply(Store, PartKey.Of("head", key), change).Applied, (IReadOnlySet<int>?)null, change.EventTimeMs),
            RowChange<PurchaseOrderLineRow> line => ApplyLine(key, line),
            InvoicedLineChange change => ApplyInvoiced(key, change),
            _ => throw new ArgumentException($"The PO stage cannot read {value?.GetType().Name ?? "null"}.", nameof(value)),
        };
        var version = Revisions.Next(Store, key, applied);
        var header = Store.Get<RowState<PurchaseOrderRow>>(PartKey.Of("head", key));
        var invoiced = Store.Scan<StoredInvoicedLine>(PartKey.Of("inv", key)).Select(i => (Id: PartKey.Last(i.Key), i.Value)).ToList();
        var evaluated = Lines(key, lines).ToList();
        var reach = Reach(key, header, evaluated);
        var changes = new List<ItemChange>();
        foreach (var (lineNo, line) in evaluated)
        {
            var relief = invoiced.Where(i => i.Value.Line?.PoLineNo == lineNo).Select(i => i.Value.Line!).ToList();
            changes.AddRange(ItemPlacement.Place($"COM|{key}|{lineNo}", OrderContributions.Commitment(header, line, relief), version, reach));
        }

        foreach (var (id, stored) in invoiced.Where(i => lines is null || i.Value.Line is null || lines.Contains(i.Value.Line.PoLineNo)))
        {
            var line = stored.Line is null ? null : Store.Get<RowState<PurchaseOrderLineRow>>(LineKey(key, stored.Line.PoLineNo));
            var itemId = $"ACT|{key}|{id}";
            var invoiceDates = BucketReach.Extend(Store, itemId, null, BucketReach.PeriodOf(stored.Line?.InvoiceDate));
            changes.AddRange(ItemPlacement.Place(itemId, OrderContributions.Actual(header, line, stored.Line), version, reach with { Periods = invoiceDates.Periods }));
        }

        Report(key, header?.Row, version, changes, eventTime);
    }

    /// <summary>
    /// The PO's reach widened by the rows this input evaluates: every cost center its lines named and every period its
    /// order date named (a commitment's buckets); an actual pairs the cost centers with its own invoice dates.
    /// </summary>
    private BucketReach Reach(string poId, RowState<PurchaseOrderRow>? header, IEnumerable<(int LineNo, RowState<PurchaseOrderLineRow>? Line)> evaluated)
    {
        var before = BucketReach.Read(Store, poId);
        var now = evaluated.Aggregate(before.With(null, BucketReach.PeriodOf(header?.Row?.OrderDate)), (reach, l) => reach.With(l.Line?.Row?.CostCenter, null));
        return BucketReach.Write(Store, poId, before, now);
    }

    private (bool, IReadOnlySet<int>?, long) ApplyLine(string poId, RowChange<PurchaseOrderLineRow> line)
    {
        var lineNo = int.Parse(line.RowId[(line.RowId.LastIndexOf('|') + 1)..], CultureInfo.InvariantCulture);
        return (RowTable.Apply(Store, LineKey(poId, lineNo), line).Applied, new HashSet<int> { lineNo }, line.EventTimeMs);
    }

    private (bool, IReadOnlySet<int>?, long) ApplyInvoiced(string poId, InvoicedLineChange change)
    {
        var key = InvoicedKey(poId, change);
        var stored = Store.Get<StoredInvoicedLine>(key);
        var touched = new HashSet<int>();
        if (stored?.Line is { } old)
        {
            touched.Add(old.PoLineNo);
        }

        if (change.Line is { } now)
        {
            touched.Add(now.PoLineNo);
        }

        var applied = stored is null || change.Version > stored.Version;
        if (applied)
        {
            Store.Put(key, new StoredInvoicedLine(change.Version, change.Line));
        }

        return (applied, touched, change.EventTimeMs);
    }

    private IEnumerable<(int LineNo, RowState<PurchaseOrderLineRow>? Line)> Lines(string poId, IReadOnlySet<int>? only) => only is null
        ? Store.Scan<RowState<PurchaseOrderLineRow>>(PartKey.Of("line", poId)).Select(l => (int.Parse(PartKey.Last(l.Key), CultureInfo.InvariantCulture), (RowState<PurchaseOrderLineRow>?)l.Value))
        : only.Select(n => (n, Store.Get<RowState<PurchaseOrderLineRow>>(LineKey(poId, n))));

    /// <summary>
    /// Reports to the requisition the PO converts (its status decides the requisition's pre-commitment), and an empty
    /// report to each it converted before. A PO that converts none passes its changes on under <c>po:&lt;id&gt;</c>,
    /// which keeps nothing for it: only changes are sent there.
    /// </summary>
    private void Report(string poId, PurchaseOrderRow? header, long version, IReadOnlyList<ItemChange> changes, long eventTime)
    {
        var requisition = header?.RequisitionId;
        foreach (var former in Targets.Former(Store, PartKey.Of("requisition", poId), requisition))
        {
            Forward(former, new PurchaseOrderReport(poId, version, null, [], eventTime));
        }

        if (requisition is not null || changes.Count > 0)
        {
            Forward(requisition ?? RequisitionStage.WithoutRequisition(poId), new PurchaseOrderReport(poId, version, header?.Status, changes, eventTime));
        }
    }

    private static string InvoicedKey(string poId, InvoicedLineChange change) => PartKey.Of("inv", poId, $"{change.InvoiceId}|{change.LineNo}");

    private static string LineKey(string poId, int lineNo) => PartKey.Of("line", poId, lineNo.ToString(CultureInfo.InvariantCulture));
}
