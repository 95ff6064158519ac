using finance.budget;
using finance.budgeting;
using finance.erp;
using FinanceStreams.Tests.Infrastructure;
using static FinanceStreams.Tests.Infrastructure.AvroRows;

namespace FinanceStreams.Tests.Consumption;

/// <summary>
/// The bucket stage holds its inputs briefly and applies them in event-time order, each source event's pieces together
/// (issue 16 §4: one source event moves each bucket at most once; decisions on event time).
/// </summary>
public sealed class SettleTests
{
    private static readonly DateOnly April = new(2026, 4, 10);

    [Fact]
    public void Cancel_OriginalOfAnExactDuplicate_MovesTheBucketOfTheirActualsOnce()
    {
        using var sut = new BudgetHarness();
        sut.Put(CostCenter("CC1", "EUR", ControlLevel.ABSOLUTE, 90m));
        sut.Put(BudgetLine("B4", "CC1", 110m, period: 4));
        sut.Put(PurchaseOrder("P1"));
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 400m));
        sut.Put(Invoice("I1", "inv-0042", April, receivedAtMs: 1000));
        sut.Put(InvoiceLine("I1", 1, "P1", 1, 100m));
        sut.Put(Invoice("I2", "INV 42", April, receivedAtMs: 2000));
        sut.Put(InvoiceLine("I2", 1, "P1", 1, 100m));
        sut.ConsumptionRecords();
        Assert.Equal(BudgetStatus.WARNING, sut.Alerts().Last(a => a.fiscal_period == 4).new_status);

        sut.Put(Invoice("I1", "inv-0042", April, receivedAtMs: 1000, status: SupplierInvoiceStatus.CANCELLED)); // I2 becomes the original

        var april = sut.ConsumptionRecords().Where(c => c.fiscal_period == 4).Select(c => (decimal)c.actual).ToList();
        Assert.Equal([100m], april); // not 100 -> 0 -> 100: I1's actual leaves and I2's arrives in one step
        Assert.Empty(sut.Alerts().Select(a => $"{a.old_status}->{a.new_status}")); // no WARNING -> OK -> WARNING
    }

    [Fact]
    public void Hold_InputsNotYetSettled_PublishNothing()
    {
        using var sut = new BudgetHarness();
        sut.Put(CostCenter("CC1", "EUR", ControlLevel.ABSOLUTE, 90m));
        sut.Settling = false;

        sut.Put(BudgetLine("B1", "CC1", 1000m));

        Assert.Empty(sut.ConsumptionRecords().Select(c => c.cost_center));
        sut.SettleAll();
        Assert.Equal([1000m], sut.ConsumptionRecords().Select(c => (decimal)c.budget));
    }

    [Fact]
    public void Hold_BudgetLineOvertakenByALaterRequisition_RequisitionCheckedOnceAgainstIt()
    {
        using var sut = new BudgetHarness();
        sut.Put(CostCenter("CC1", "EUR", ControlLevel.ABSOLUTE, 90m));
        sut.Settling = false;

        sut.Put(Requisition("R1", "CC1", 300m), lsn: 20);
        sut.Put(BudgetLine("B1", "CC1", 1000m), lsn: 10); // older, arrives later
        sut.SettleAll();

        var checks = sut.Checks().Select(c => $"{c.document_id} {c.decision} budget {(decimal)c.budget:0.00}").ToList();
        Assert.Equal(["R1 APPROVED budget 1000.00"], checks);
        Assert.Equal([BudgetStatus.OK], sut.Alerts().Select(a => a.new_status));
    }
}
