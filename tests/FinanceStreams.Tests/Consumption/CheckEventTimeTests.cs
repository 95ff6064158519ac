using finance.budget;
using FinanceStreams.Tests.Infrastructure;
using static FinanceStreams.Tests.Infrastructure.AvroRows;

namespace FinanceStreams.Tests.Consumption;

/// <summary>
/// A budget check is decided on its bucket as of the document's event time, not on whatever arrived first
/// (runtime.md; issue 16 §4): what the bucket received later with a later event time is left out, and an older
/// contribution that arrives after the check re-decides it. Event time here is base time + lsn seconds.
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
    public void Check_CommitmentWithALaterEventTimeArrivedFirst_LeftOutAndItsCheckRedecided()
    {
        using var sut = CreateSut();
        sut.Put(BudgetLine("B1", "CC1", 1000m), lsn: 5);
        sut.Put(PurchaseOrder("P1"), lsn: 30);
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 900m), lsn: 31);
        sut.Checks();

        sut.Put(Requisition("R1", "CC1", 200m), lsn: 20);

        var checks = sut.Checks().ToDictionary(c => c.document_id);
        Assert.Equal(["P1", "R1"], checks.Keys.Order());
        Assert.Equal((0m, BudgetDecision.APPROVED), ((decimal)checks["R1"].consumed_before, checks["R1"].decision));
        Assert.Equal((200m, BudgetDecision.EXCEPTION_APPROVAL_REQUIRED), ((decimal)checks["P1"].consumed_before, checks["P1"].decision));
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

    [Fact]
    public void Check_OlderPreCommitmentArrivingLate_RedecidedWithIt()
    {
        using var sut = CreateSut();
        sut.Put(BudgetLine("B1", "CC1", 1000m), lsn: 5);
        sut.Put(Requisition("R1", "CC1", 200m), lsn: 20);
        sut.Checks();

        sut.Put(Requisition("R0", "CC1", 900m, status: finance.procurement.RequisitionStatus.APPROVED), lsn: 10);

        var again = Only(sut.Checks());
        Assert.Equal(("R1", 900m, BudgetDecision.EXCEPTION_APPROVAL_REQUIRED), (again.document_id, (decimal)again.consumed_before, again.decision));
    }
}
