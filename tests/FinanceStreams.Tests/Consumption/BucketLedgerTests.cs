using finance.budget;
using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Consumption.Bucketing;
using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Tests.Consumption;

/// <summary>
/// A document's totals are kept incrementally and rebuilt from the items after a restart: both must say the same. When
/// the last checked or pending item leaves a document, its totals keep no check and no pending reason (a check left
/// behind listed the document as still checked and broke the document index once a replay stopped rebuilding buckets).
/// </summary>
public sealed class BucketLedgerTests
{
    private static readonly Contribution CheckedRequisition = new(
        BudgetItemKind.PreCommitment, "REQ:R1", "EUR", 100m, new DateOnly(2026, 3, 1), 1, null, new CheckRequest(BudgetDocumentType.REQUISITION, "R1", 7, 100m), [new SourceRef("t", 0, 1, 1, 1)]);

    [Fact]
    public void Removing_the_last_checked_item_leaves_no_check()
    {
        var counted = new ItemEvaluation(100m, null, null);
        var plain = CheckedRequisition with { Check = null, Amount = 40m };
        var both = BucketLedger.Apply(BucketLedger.Apply(DocumentTotals.Empty, CheckedRequisition, counted, 1), plain, counted with { Converted = 40m }, 1);

        var left = BucketLedger.Apply(both, CheckedRequisition, counted, -1);

        Assert.Equal((1, 0, (BudgetDocumentType?)null, (string?)null, 0L, 0m), (left.Items, left.CheckItems, left.CheckType, left.CheckDocumentId, left.CheckVersion, left.CheckAmount));
        Assert.Equal(BucketLedger.Apply(DocumentTotals.Empty, plain, counted with { Converted = 40m }, 1) with { EventTimeMs = left.EventTimeMs }, left);
    }

    [Fact]
    public void Removing_the_last_pending_item_leaves_no_pending_reason()
    {
        var pending = new ItemEvaluation(null, "MISSING_FX_RATE: USD/EUR", null);
        var item = CheckedRequisition with { Check = null, Currency = "USD" };

        var left = BucketLedger.Apply(BucketLedger.Apply(DocumentTotals.Empty, item, pending, 1), item, pending, -1);

        Assert.Equal((0, 0, (string?)null), (left.Items, left.Pending, left.PendingReason));
    }
}
