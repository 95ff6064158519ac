using finance.budget;
using finance.procurement;
using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Budget.Stages;

/// <summary>Requisitions: requisition dossiers (row and the POs referencing it) and their pre-commitments.</summary>
public static class RequisitionStages
{
    /// <summary>The row goes to its requisition dossier.</summary>
    public static IEnumerable<TargetedPart> Requisition(string key, RequisitionRow requisition) => [new(key, "requisition", new Part { Requisition = requisition })];

    /// <summary>A PO converted from a requisition goes to the requisition's dossier.</summary>
    public static IEnumerable<TargetedPart> Reference(string key, PurchaseOrderRow po)
    {
        ArgumentNullException.ThrowIfNull(po);
        return po.RequisitionId is { } id ? [new(id, "po", new Part { PurchaseOrder = po })] : [];
    }

    /// <summary>
    /// The pre-commitment of a SUBMITTED or APPROVED requisition that no RELEASED or CLOSED PO
    /// references, at requested_at; a SUBMITTED one asks for a budget check.
    /// </summary>
    public static IEnumerable<TargetedPart> Items(string requisitionId, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var requisition = dossier.One(p => p.Requisition);
        if (requisition is null || requisition.Status is not (RequisitionStatus.SUBMITTED or RequisitionStatus.APPROVED))
        {
            return [];
        }

        var pos = dossier.All(p => p.PurchaseOrder).Where(po => po.RequisitionId == requisitionId).ToList();
        if (pos.Any(po => po.Status is PurchaseOrderStatus.RELEASED or PurchaseOrderStatus.CLOSED))
        {
            return [];
        }

        var date = requisition.RequestedDate;
        var item = new BudgetItem($"PRE|{requisitionId}", BudgetItemKind.PreCommitment, $"REQ:{requisitionId}", requisition.CostCenter,
            date.Year, date.Month, date, requisition.Currency, requisition.Amount, [requisition.Source, .. pos.Select(po => po.Source)])
        {
            Check = requisition.Status == RequisitionStatus.SUBMITTED
                ? new ItemCheck(BudgetDocumentType.REQUISITION, requisitionId, requisition.Source.Lsn, requisition.Amount)
                : null,
        };
        return [new(item.CostCenter, item.ItemId, new Part { Item = item })];
    }
}
