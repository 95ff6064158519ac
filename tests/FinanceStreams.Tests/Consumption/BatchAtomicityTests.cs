using finance.budget;
using finance.budgeting;
using finance.procurement;
using FinanceStreams.Tests.Infrastructure;
using static FinanceStreams.Tests.Infrastructure.AvroRows;

namespace FinanceStreams.Tests.Consumption;

/// <summary>One source event moves each bucket at most once: no alert for a state the data never had (issue 16 §4).</summary>
public sealed class BatchAtomicityTests
{
    private static BudgetHarness CreateSut()
    {
        var sut = new BudgetHarness();
        sut.Put(CostCenter("CC1", "EUR", ControlLevel.ABSOLUTE, 90m));
        sut.Put(BudgetLine("B1", "CC1", 1000m));
        sut.Put(Requisition("R1", "CC1", 950m));
        sut.Put(PurchaseOrder("P1", status: PurchaseOrderStatus.DRAFT, requisitionId: "R1"));
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 950m));
        return sut;
    }

    [Fact]
    public void Release_PoConvertingTheRequisition_MovesPreCommitmentToCommitmentInOneStep()
    {
        using var sut = CreateSut();
        sut.Consumption();
        var alertsBefore = sut.Alerts();

        sut.Put(PurchaseOrder("P1", status: PurchaseOrderStatus.RELEASED, requisitionId: "R1"));

        var published = sut.ConsumptionRecords();
        Assert.Single(published.Select(p => p.status)); // (records themselves would be printed: AvroDecimal.ToString overflows the stack)
        var only = published[0];
        Assert.Equal(0m, (decimal)only.pre_commitment);
        Assert.Equal(950m, (decimal)only.commitment);
        Assert.Empty(sut.Alerts().Select(a => $"{a.old_status}->{a.new_status}"));
        Assert.Equal([BudgetStatus.OK, BudgetStatus.WARNING], alertsBefore.Select(a => a.new_status));
    }

    [Fact]
    public void Check_RequisitionThenReleasedPo_EachDocumentCheckedOnce()
    {
        using var sut = CreateSut();
        sut.Put(PurchaseOrder("P1", status: PurchaseOrderStatus.RELEASED, requisitionId: "R1"));

        var checks = sut.Checks();
        Assert.Equal([BudgetDocumentType.REQUISITION, BudgetDocumentType.PURCHASE_ORDER], checks.Select(c => c.document_type));
        Assert.Equal(0m, (decimal)checks[1].consumed_before); // the requisition it converts is no longer consumed
        Assert.Equal(BudgetDecision.APPROVED_WITH_WARNING, checks[1].decision);
    }
}
