using finance.budget;
using finance.procurement;
using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Consumption.Stages;

/// <summary>
/// Requisitions, keyed by requisition_id, with the status of every PO that converts them (POs
/// without a requisition pass through under <c>po:&lt;id&gt;</c>). The pre-commitment of a SUBMITTED
/// or APPROVED requisition that no RELEASED or CLOSED PO references is derived here, in the same
/// step as the PO changes that decide it, and sent on with them: a PO's release adds its commitment
/// and removes the requisition's pre-commitment in one batch.
/// </summary>
public sealed class RequisitionStage : Stage<object, ItemBatch>
{
    /// <summary>The stage's store.</summary>
    public const string StateStore = "requisitions";

    private const string OrderPrefix = "po:";

    /// <summary>The key under which a PO that converts no requisition passes its changes through this stage.</summary>
    public static string WithoutRequisition(string poId) => OrderPrefix + poId;

    /// <inheritdoc/>
    protected override string StoreName => StateStore;

    /// <inheritdoc/>
    protected override void Handle(string key, object value)
    {
        var (applied, passed, eventTime) = value switch
        {
            PurchaseOrderReport report when key.StartsWith(OrderPrefix, StringComparison.Ordinal) => (false, report.Changes, report.EventTimeMs),
            RowChange<RequisitionRow> requisition => (RowTable.Apply(Store, PartKey.Of("row", key), requisition).Applied, (IReadOnlyList<ItemChange>)[], requisition.EventTimeMs),
            PurchaseOrderReport report => (ApplyReport(key, report), report.Changes, report.EventTimeMs),
            _ => throw new ArgumentException($"The requisition stage cannot read {value?.GetType().Name ?? "null"}.", nameof(value)),
        };
        var changes = passed.ToList();
        if (!key.StartsWith(OrderPrefix, StringComparison.Ordinal))
        {
            var itemId = $"PRE|{key}";
            var state = Store.Get<RowState<RequisitionRow>>(PartKey.Of("row", key));
            var reach = BucketReach.Extend(Store, itemId, state?.Row?.CostCenter, BucketReach.PeriodOf(state?.Row?.RequestedDate));
            changes.AddRange(ItemPlacement.Place(itemId, PreCommitment(key, state), Revisions.Next(Store, key, applied), reach));
        }

        foreach (var (costCenter, batch) in ItemPlacement.Batches(changes, eventTime))
        {
            Forward(costCenter, batch);
        }
    }

    private bool ApplyReport(string requisitionId, PurchaseOrderReport report)
    {
        var key = PartKey.Of("po", requisitionId, report.PoId);
        var stored = Store.Get<ReferencingOrder>(key);
        if (stored is not null && stored.Version >= report.Version)
        {
            return false;
        }

        Store.Put(key, new ReferencingOrder(report.Version, report.Status));
        return true;
    }

    private PlacedItem? PreCommitment(string requisitionId, RowState<RequisitionRow>? state)
    {
        if (state?.Row is not { Status: RequisitionStatus.SUBMITTED or RequisitionStatus.APPROVED } requisition)
        {
            return null;
        }

        var orders = Store.Scan<ReferencingOrder>(PartKey.Of("po", requisitionId));
        if (orders.Any(o => o.Value.Status is PurchaseOrderStatus.RELEASED or PurchaseOrderStatus.CLOSED))
        {
            return null;
        }

        var date = requisition.RequestedDate;
        var check = requisition.Status == RequisitionStatus.SUBMITTED ? new CheckRequest(BudgetDocumentType.REQUISITION, requisitionId, state.Lsn, requisition.Amount) : null;
        var contribution = new Contribution(BudgetItemKind.PreCommitment, $"REQ:{requisitionId}", requisition.Currency, requisition.Amount, date, state.Source.TsMs, null, check, [state.Source]);
        return new($"PRE|{requisitionId}", BucketRef.Of(requisition.CostCenter, date), contribution);
    }
}
