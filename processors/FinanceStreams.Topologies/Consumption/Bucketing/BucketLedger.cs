using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Consumption.Messages;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>
/// Adds (<c>sign</c> = 1) or takes away (−1) one item's effect on its bucket's and document's
/// totals. Pure: a total is always the sum of its stored items' effects, so replacing an item is
/// "take the old effect away, add the new one".
/// </summary>
public static class BucketLedger
{
    /// <summary>The document's totals with the item added or taken away.</summary>
    public static DocumentTotals Apply(DocumentTotals totals, Contribution item, ItemEvaluation evaluation, int sign)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(evaluation);
        var check = item.Check;
        var after = totals with
        {
            Items = totals.Items + sign,
            Counted = totals.Counted + (evaluation.Counts ? sign : 0),
            Pending = totals.Pending + (evaluation.Pending is null ? 0 : sign),
            Exceptions = totals.Exceptions + (evaluation.Exception is null ? 0 : sign),
            Unconverted = totals.Unconverted + (evaluation.Converted is null ? sign : 0),
            Converted = totals.Converted + (evaluation.Counts ? sign * evaluation.Converted!.Value : 0m),
            CheckItems = totals.CheckItems + (check is null ? 0 : sign),
            CheckAmount = totals.CheckAmount + (check is null ? 0m : sign * check.DocumentAmount),
            CheckVersion = check is null || sign < 0 ? totals.CheckVersion : Math.Max(totals.CheckVersion, check.Version),
            CheckType = check?.DocumentType ?? totals.CheckType,
            CheckDocumentId = check?.DocumentId ?? totals.CheckDocumentId,
            Currency = sign > 0 ? item.Currency : totals.Currency,
            PendingReason = evaluation.Pending is not null && sign > 0 ? evaluation.Pending : totals.PendingReason,
            EventTimeMs = sign > 0 ? Math.Max(totals.EventTimeMs, item.EventTimeMs) : totals.EventTimeMs,
        };
        return Settled(after);
    }

    /// <summary>
    /// What a document's totals say once the last item of a kind has gone: no check (type, id, version, amount) without
    /// check items and no pending reason without pending items, as a rebuild from the remaining items gives.
    /// </summary>
    private static DocumentTotals Settled(DocumentTotals totals) => totals switch
    {
        { CheckItems: 0, CheckType: not null } => Settled(totals with { CheckType = null, CheckDocumentId = null, CheckVersion = 0, CheckAmount = 0m }),
        { Pending: 0, PendingReason: not null } => totals with { PendingReason = null },
        _ => totals,
    };

    /// <summary>The bucket's totals after one item and its document changed.</summary>
    public static BucketTotals Apply(BucketTotals totals, Contribution item, ItemEvaluation evaluation, int sign, DocumentTotals documentBefore, DocumentTotals documentAfter)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(documentBefore);
        ArgumentNullException.ThrowIfNull(documentAfter);
        var amount = evaluation.Counts ? sign * evaluation.Converted!.Value : 0m;
        return totals with
        {
            Items = totals.Items + sign,
            Budget = totals.Budget + (item.Kind == BudgetItemKind.Budget ? amount : 0m),
            PreCommitment = totals.PreCommitment + (item.Kind == BudgetItemKind.PreCommitment ? amount : 0m),
            Commitment = totals.Commitment + (item.Kind == BudgetItemKind.Commitment ? amount : 0m),
            Actual = totals.Actual + (item.Kind == BudgetItemKind.Actual ? amount : 0m),
            Documents = totals.Documents + Crossed(documentBefore.Counted, documentAfter.Counted),
            PendingDocuments = totals.PendingDocuments + Crossed(documentBefore.Pending, documentAfter.Pending),
            ExceptionDocuments = totals.ExceptionDocuments + Crossed(documentBefore.Exceptions, documentAfter.Exceptions),
            LastEventTimeMs = sign > 0 ? Math.Max(totals.LastEventTimeMs, item.EventTimeMs) : totals.LastEventTimeMs,
        };
    }

    private static int Crossed(int before, int after) => (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
}
