using finance.budget;
using finance.budgeting;
using finance.erp;
using finance.procurement;
using FinanceStreams.Tests.Infrastructure;
using static FinanceStreams.Tests.Infrastructure.AvroRows;

namespace FinanceStreams.Tests.Budget;

public sealed class BudgetConsumptionTests
{
    private static BudgetHarness CreateSut(ControlLevel level = ControlLevel.ABSOLUTE, decimal budget = 1000m, decimal tolerancePct = 0m, decimal toleranceAmount = 0m)
    {
        var sut = new BudgetHarness();
        sut.Put(CostCenter("CC1", "EUR", level, 90m, tolerancePct, toleranceAmount));
        sut.Put(BudgetLine("B1", "CC1", budget));
        return sut;
    }

    [Fact]
    public void Budget_OnlyApprovedLinesInBudgetCurrency_Count()
    {
        using var sut = CreateSut();
        sut.Put(BudgetLine("B2", "CC1", 500m, status: BudgetLineStatus.DRAFT));
        sut.Put(BudgetLine("B3", "CC1", 700m, currency: "USD"));
        var bucket = sut.Bucket("CC1");
        Assert.Equal(1000m, (decimal)bucket.budget);
        Assert.Equal(1, bucket.exception_count);
    }

    [Fact]
    public void Commitment_ReleasedPoLineRelievedByInvoicedAmount_IsOpenAmount()
    {
        using var sut = CreateSut();
        sut.Put(PurchaseOrder("P1"));
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 400m));
        sut.Put(Invoice("I1", poId: "P1"));
        sut.Put(InvoiceLine("I1", 1, "P1", 1, 150m));
        var bucket = sut.Bucket("CC1");
        Assert.Equal(250m, (decimal)bucket.commitment);
        Assert.Equal(150m, (decimal)bucket.actual);
        Assert.Equal(400m, (decimal)bucket.consumed);
        Assert.Equal(600m, (decimal)bucket.available);
        Assert.Equal(40m, (decimal)bucket.utilization_pct!.Value);
    }

    [Fact]
    public void Commitment_OverInvoicedLine_NeverNegative()
    {
        using var sut = CreateSut();
        sut.Put(PurchaseOrder("P1"));
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 100m));
        sut.Put(Invoice("I1"));
        sut.Put(InvoiceLine("I1", 1, "P1", 1, 130m));
        Assert.Equal(0m, (decimal)sut.Bucket("CC1").commitment);
        Assert.Equal(130m, (decimal)sut.Bucket("CC1").actual);
    }

    [Theory]
    [InlineData(PurchaseOrderStatus.DRAFT)]
    [InlineData(PurchaseOrderStatus.CLOSED)]
    [InlineData(PurchaseOrderStatus.CANCELLED)]
    public void Commitment_PoNotReleased_CommitsNothing(PurchaseOrderStatus status)
    {
        using var sut = CreateSut();
        sut.Put(PurchaseOrder("P1", status: status));
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 400m));
        Assert.Equal(0m, (decimal)sut.Bucket("CC1").commitment);
    }

    [Fact]
    public void Actual_CancelledInvoice_NotCountedAndRelievesNothing()
    {
        using var sut = CreateSut();
        sut.Put(PurchaseOrder("P1"));
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 400m));
        sut.Put(InvoiceLine("I1", 1, "P1", 1, 150m));
        sut.Put(Invoice("I1", status: SupplierInvoiceStatus.CANCELLED));
        Assert.Equal(0m, (decimal)sut.Bucket("CC1").actual);
        Assert.Equal(400m, (decimal)sut.Bucket("CC1").commitment);
    }

    [Fact]
    public void Actual_ExactDuplicateInvoice_ExcludedUntilOriginalCancelled()
    {
        using var sut = CreateSut();
        sut.Put(PurchaseOrder("P1"));
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 400m));
        sut.Put(Invoice("I1", "inv-0042", receivedAtMs: 1000));
        sut.Put(InvoiceLine("I1", 1, "P1", 1, 100m));
        sut.Put(Invoice("I2", "INV 42", receivedAtMs: 2000));
        sut.Put(InvoiceLine("I2", 1, "P1", 1, 100m));
        Assert.Equal(100m, (decimal)sut.Bucket("CC1").actual);

        sut.Put(Invoice("I1", "inv-0042", receivedAtMs: 1000, status: SupplierInvoiceStatus.CANCELLED));
        Assert.Equal(100m, (decimal)sut.Bucket("CC1").actual);
        Assert.Equal(300m, (decimal)sut.Bucket("CC1").commitment);
    }

    [Fact]
    public void Actual_InvoiceCurrencyDiffersFromPo_IsExceptionInNeitherActualNorRelief()
    {
        using var sut = CreateSut();
        sut.Put(PurchaseOrder("P1"));
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 400m));
        sut.Put(Invoice("I1", currency: "USD"));
        sut.Put(InvoiceLine("I1", 1, "P1", 1, 150m));
        var bucket = sut.Bucket("CC1");
        Assert.Equal(0m, (decimal)bucket.actual);
        Assert.Equal(400m, (decimal)bucket.commitment);
        Assert.Equal(1, bucket.exception_count);
    }

    [Fact]
    public void PreCommitment_RequisitionConvertedToReleasedPo_IsReleased()
    {
        using var sut = CreateSut();
        sut.Put(Requisition("R1", "CC1", 300m, status: RequisitionStatus.APPROVED));
        Assert.Equal(300m, (decimal)sut.Bucket("CC1").pre_commitment);

        sut.Put(PurchaseOrder("P1", status: PurchaseOrderStatus.DRAFT, requisitionId: "R1"));
        Assert.Equal(300m, (decimal)sut.Bucket("CC1").pre_commitment);
        sut.Put(PurchaseOrder("P1", requisitionId: "R1"));
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 320m));
        var bucket = sut.Bucket("CC1");
        Assert.Equal(0m, (decimal)bucket.pre_commitment);
        Assert.Equal(320m, (decimal)bucket.commitment);
    }

    [Theory]
    [InlineData(RequisitionStatus.DRAFT)]
    [InlineData(RequisitionStatus.REJECTED)]
    [InlineData(RequisitionStatus.CONVERTED)]
    [InlineData(RequisitionStatus.CANCELLED)]
    public void PreCommitment_RequisitionNotOpen_CountsNothing(RequisitionStatus status)
    {
        using var sut = CreateSut();
        sut.Put(Requisition("R1", "CC1", 300m, status: status));
        Assert.Equal(0m, (decimal)sut.Bucket("CC1").pre_commitment);
    }

    [Theory]
    [InlineData(800, 0, 0, BudgetStatus.OK)]
    [InlineData(900, 0, 0, BudgetStatus.WARNING)]
    [InlineData(1000, 0, 0, BudgetStatus.WARNING)]
    [InlineData(1000.01, 0, 0, BudgetStatus.EXCEEDED)]
    [InlineData(1100, 10, 0, BudgetStatus.WARNING)]
    [InlineData(1100.01, 10, 0, BudgetStatus.EXCEEDED)]
    [InlineData(1050, 0, 50, BudgetStatus.WARNING)]
    [InlineData(1050.01, 0, 50, BudgetStatus.EXCEEDED)]
    public void Status_ConsumedAgainstThresholds_FollowsRule(double consumed, double tolerancePct, double toleranceAmount, BudgetStatus expected)
    {
        using var sut = CreateSut(tolerancePct: (decimal)tolerancePct, toleranceAmount: (decimal)toleranceAmount);
        sut.Put(Requisition("R1", "CC1", (decimal)consumed));
        Assert.Equal(expected, sut.Bucket("CC1").status);
    }

    [Fact]
    public void Status_ControlLevelNone_IsUncontrolled()
    {
        using var sut = CreateSut(ControlLevel.NONE);
        sut.Put(Requisition("R1", "CC1", 5000m));
        Assert.Equal(BudgetStatus.UNCONTROLLED, sut.Bucket("CC1").status);
    }

    [Fact]
    public void Alerts_StatusChanges_OneAlertPerChangeWithOldAndNew()
    {
        using var sut = CreateSut();
        sut.Put(Requisition("R1", "CC1", 950m));
        sut.Put(Requisition("R1", "CC1", 1200m));
        sut.Put(Requisition("R1", "CC1", 1300m));
        var alerts = sut.Alerts();
        Assert.Equal([(null, BudgetStatus.OK), (BudgetStatus.OK, BudgetStatus.WARNING), (BudgetStatus.WARNING, BudgetStatus.EXCEEDED)], alerts.Select(a => (a.old_status, a.new_status)));
    }

    [Fact]
    public void Utilization_ZeroBudget_IsNull()
    {
        using var sut = CreateSut(budget: 0m);
        sut.Put(Requisition("R1", "CC1", 10m));
        Assert.Null(sut.Bucket("CC1").utilization_pct);
        Assert.Equal(BudgetStatus.EXCEEDED, sut.Bucket("CC1").status);
    }

    [Fact]
    public void Delete_DocumentDeletedWithTombstone_ContributionRemoved()
    {
        using var sut = CreateSut();
        var requisition = Requisition("R1", "CC1", 300m);
        sut.Put(requisition);
        sut.Delete(requisition);
        Assert.Equal(0m, (decimal)sut.Bucket("CC1").pre_commitment);
        sut.Delete(BudgetLine("B1", "CC1", 1000m));
        Assert.DoesNotContain(Buckets("CC1"), sut.Consumption().Keys);
    }

    private static string Buckets(string cc) => FinanceStreams.Topologies.Budget.Buckets.Key(cc, 2026, 3);
}
