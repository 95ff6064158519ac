using finance.budgeting;
using finance.procurement;
using FinanceStreams.Tests.Infrastructure;
using FinanceStreams.Topologies.Consumption.Messages;
using static FinanceStreams.Tests.Infrastructure.AvroRows;

namespace FinanceStreams.Tests.Consumption;

/// <summary>What the PO stage tells the requisition stage: only what can change a requisition or a bucket.</summary>
public sealed class PurchaseOrderReportTests
{
    private const string Reports = "requisition-orders";

    [Fact]
    public void Lines_ArrivingBeforeAndAfterTheHeader_ReportedOnlyToTheRequisitionTheHeaderNames()
    {
        using var sut = new BudgetHarness();
        sut.Put(CostCenter("CC1", "EUR", ControlLevel.ABSOLUTE, 90m));
        sut.Put(Requisition("R1", "CC1", 500m));
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 400m)); // no header yet: nothing to count, no requisition to tell
        sut.Put(PurchaseOrder("P1", status: PurchaseOrderStatus.RELEASED, requisitionId: "R1"));
        sut.Put(PurchaseOrderLine("P1", 2, "CC1", 100m));

        Assert.Equal(["R1", "R1"], sut.RepartitionKeys<PurchaseOrderReport>(Reports));
    }

    [Fact]
    public void Lines_OfAReleasedPoWithoutRequisition_PassedOnWithTheirCommitment()
    {
        using var sut = new BudgetHarness();
        sut.Put(CostCenter("CC1", "EUR", ControlLevel.ABSOLUTE, 90m));
        sut.Put(PurchaseOrder("P1", status: PurchaseOrderStatus.RELEASED, requisitionId: null));
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 400m));

        Assert.Equal(["po:P1"], sut.RepartitionKeys<PurchaseOrderReport>(Reports));
        Assert.Equal(400m, (decimal)sut.Bucket("CC1").commitment);
    }
}
