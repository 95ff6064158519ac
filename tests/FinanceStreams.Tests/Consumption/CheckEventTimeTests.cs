using finance.budget;
using FinanceStreams.Tests.Infrastructure;
using static FinanceStreams.Tests.Infrastructure.AvroRows;

namespace FinanceStreams.Tests.Consumption;

/// <summary>
/// A budget check is decided on its bucket as of the document's event time, not on whatever arrived first
/// (runtime.md; issue 16 §4): what the bucket received earlier with a later event time is left out, and an older
/// budget change that arrives after the check re-decides it. Event time here is base time + lsn seconds.
/// </summary>
public sealed class CheckEventTimeTests
{
    private static BudgetHarness CreateSut()
    {
        var sut = new BudgetHarness();
        sut.Put(CostCenter("CC1"), lsn: 1);
        return sut;
    }

    /// <summary>The one check (a failure names them by id: printing the records overflows AvroDecimal.ToString's stack).</summary>
    private static BudgetCheck Only(IReadOnlyList<BudgetCheck> checks)
    {
        Assert.Single(checks.Select(c => $"{c.document_id} {c.decision}"));
        return checks[0];
    }

    [Fact]
    public void Check_BudgetLineOlderButArrivingAfterTheRequisition_RedecidedAgainstIt()
    {
        using var sut = CreateSut();
        sut.Put(Requisition("R1", "CC1", 200m), lsn: 20);
        var first = Only(sut.Checks());
        Assert.Equal(0m, (decimal)first.budget);

        sut.Put(BudgetLine("B1", "CC1", 1000m), lsn: 10);

        var again = Only(sut.Checks());
        Assert.Equal(("R1", 1000m, BudgetDecision.APPROVED), (again.document_id, (decimal)again.budget, again.decision));
    }

    [Fact]
    public void Check_CommitmentWithALaterEventTimeArrivedFirst_LeftOut()
    {
        using var sut = CreateSut();
        sut.Put(BudgetLine("B1", "CC1", 1000m), lsn: 5);
        sut.Put(PurchaseOrder("P1"), lsn: 30);
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 900m), lsn: 31);
        sut.Checks();

        sut.Put(Requisition("R1", "CC1", 200m), lsn: 20);

        var check = Only(sut.Checks());
        Assert.Equal(("R1", 0m, BudgetDecision.APPROVED), (check.document_id, (decimal)check.consumed_before, check.decision));
    }

    [Fact]
    public void Check_LaterCommitmentsArrivingBetweenTwoLateRequisitions_BothLeftOut()
    {
        using var sut = CreateSut();
        sut.Put(BudgetLine("B1", "CC1", 5000m), lsn: 5);
        sut.Put(Requisition("R1", "CC1", 300m), lsn: 10);
        sut.Put(PurchaseOrder("P2"), lsn: 30);
        sut.Put(PurchaseOrderLine("P2", 1, "CC1", 500m), lsn: 31);
        sut.Put(Requisition("R3", "CC1", 200m), lsn: 20); // decided as of 20: P2 left out
        sut.Put(PurchaseOrder("P4"), lsn: 40);
        sut.Put(PurchaseOrderLine("P4", 1, "CC1", 600m), lsn: 41); // later than what the first late decision read
        sut.Checks();

        sut.Put(Requisition("R5", "CC1", 100m), lsn: 25);

        var check = Only(sut.Checks());
        Assert.Equal(("R5", 500m), (check.document_id, (decimal)check.consumed_before)); // R1 and R3, neither PO
    }

    [Fact]
    public void Check_OlderBudgetLineThatDoesNotMoveTheDecision_RedecidedWithItsFigures()
    {
        using var sut = CreateSut();
        sut.Put(BudgetLine("B1", "CC1", 1000m), lsn: 5);
        sut.Put(Requisition("R1", "CC1", 200m), lsn: 20);
        sut.Checks();

        sut.Put(BudgetLine("B0", "CC1", 500m), lsn: 10);

        var again = Only(sut.Checks());
        Assert.Equal(("R1", 1500m, BudgetDecision.APPROVED), (again.document_id, (decimal)again.budget, again.decision));
    }

    [Fact]
    public void Check_LaterContributionArrivingAfterTheCheck_DoesNotRedecideIt()
    {
        using var sut = CreateSut();
        sut.Put(BudgetLine("B1", "CC1", 1000m), lsn: 5);
        sut.Put(Requisition("R1", "CC1", 200m), lsn: 20);
        sut.Checks();

        sut.Put(BudgetLine("B2", "CC1", 50m), lsn: 40);

        Assert.Empty(sut.Checks().Select(c => $"{c.document_id} {c.decision}"));
    }
}
