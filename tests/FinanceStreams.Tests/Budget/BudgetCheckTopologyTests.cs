using finance.budget;
using finance.budgeting;
using finance.procurement;
using FinanceStreams.Tests.Infrastructure;
using static FinanceStreams.Tests.Infrastructure.AvroRows;

namespace FinanceStreams.Tests.Budget;

public sealed class BudgetCheckTopologyTests
{
    private static BudgetHarness CreateSut(ControlLevel level = ControlLevel.ABSOLUTE)
    {
        var sut = new BudgetHarness();
        sut.Put(CostCenter("CC1", "EUR", level, 90m));
        sut.Put(BudgetLine("B1", "CC1", 1000m));
        return sut;
    }

    [Theory]
    [InlineData(ControlLevel.ABSOLUTE, 500, BudgetDecision.APPROVED)]
    [InlineData(ControlLevel.ABSOLUTE, 950, BudgetDecision.APPROVED_WITH_WARNING)]
    [InlineData(ControlLevel.ABSOLUTE, 1200, BudgetDecision.EXCEPTION_APPROVAL_REQUIRED)]
    [InlineData(ControlLevel.ADVISORY, 1200, BudgetDecision.APPROVED_WITH_WARNING)]
    [InlineData(ControlLevel.TRACK, 1200, BudgetDecision.APPROVED)]
    [InlineData(ControlLevel.NONE, 1200, BudgetDecision.APPROVED)]
    public void Check_RequisitionSubmitted_DecidedAgainstBucket(ControlLevel level, double amount, BudgetDecision expected)
    {
        using var sut = CreateSut(level);
        sut.Put(Requisition("R0", "CC1", 100m, status: RequisitionStatus.APPROVED));
        sut.Put(Requisition("R1", "CC1", (decimal)amount - 100m));
        var check = Assert.Single(sut.Checks());
        Assert.Equal(BudgetDocumentType.REQUISITION, check.document_type);
        Assert.Equal("R1", check.document_id);
        Assert.Equal(expected, check.decision);
        Assert.Equal(100m, (decimal)check.consumed_before);
        Assert.Equal(1000m - (decimal)amount, (decimal)check.available_after!.Value);
    }

    [Fact]
    public void Check_RequisitionApprovedOrDraft_NoCheck()
    {
        using var sut = CreateSut();
        sut.Put(Requisition("R1", "CC1", 100m, status: RequisitionStatus.DRAFT));
        sut.Put(Requisition("R2", "CC1", 100m, status: RequisitionStatus.APPROVED));
        Assert.Empty(sut.Checks());
    }

    [Fact]
    public void Check_PoReleasedThenAmountChanges_CheckedEachTime()
    {
        using var sut = CreateSut();
        sut.Put(PurchaseOrder("P1", status: PurchaseOrderStatus.DRAFT));
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 400m));
        Assert.Empty(sut.Checks());

        sut.Put(PurchaseOrder("P1"));
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 950m));
        var checks = sut.Checks();
        Assert.Equal([BudgetDecision.APPROVED, BudgetDecision.APPROVED_WITH_WARNING], checks.Select(c => c.decision));
        Assert.All(checks, c => Assert.Equal(BudgetDocumentType.PURCHASE_ORDER, c.document_type));
        Assert.Equal(950m, (decimal)checks[1].document_amount);
    }

    [Fact]
    public void Check_MissingRate_PendingThenDecidedWhenRateArrives()
    {
        using var sut = CreateSut();
        sut.Put(Requisition("R1", "CC1", 100m, currency: "USD"));
        var pending = Assert.Single(sut.Checks());
        Assert.Equal(BudgetDecision.PENDING, pending.decision);
        Assert.Equal("MISSING_FX_RATE", pending.reason);
        Assert.Null(pending.amount);

        sut.Put(Rate("USD", "EUR", new DateOnly(2026, 3, 1), 0.5m));
        var decided = Assert.Single(sut.Checks());
        Assert.Equal(BudgetDecision.APPROVED, decided.decision);
        Assert.Equal(50m, (decimal)decided.amount!.Value);
    }

    [Fact]
    public void Check_UnrelatedBucketChange_NoNewCheck()
    {
        using var sut = CreateSut();
        sut.Put(Requisition("R1", "CC1", 100m));
        Assert.Single(sut.Checks());
        sut.Put(BudgetLine("B2", "CC1", 50m));
        Assert.Empty(sut.Checks());
    }
}
