using finance.budgeting;
using FinanceStreams.Tests.Infrastructure;
using static FinanceStreams.Tests.Infrastructure.AvroRows;

namespace FinanceStreams.Tests.Budget;

public sealed class BudgetCurrencyTests
{
    private static readonly DateOnly March1 = new(2026, 3, 1);

    private static BudgetHarness CreateSut()
    {
        var sut = new BudgetHarness();
        sut.Put(CostCenter("CC1", "EUR", ControlLevel.ABSOLUTE));
        sut.Put(BudgetLine("B1", "CC1", 1000m));
        return sut;
    }

    [Fact]
    public void Conversion_DirectRate_MultipliesAndRoundsHalfAwayFromZero()
    {
        using var sut = CreateSut();
        sut.Put(Rate("USD", "EUR", March1, 0.5m));
        sut.Put(Requisition("R1", "CC1", 100.01m, currency: "USD"));
        Assert.Equal(50.01m, (decimal)sut.Bucket("CC1").pre_commitment); // 50.005 rounds away from zero
    }

    [Fact]
    public void Conversion_OnlyInverseRate_DividesByIt()
    {
        using var sut = CreateSut();
        sut.Put(Rate("EUR", "USD", March1, 2m));
        sut.Put(Requisition("R1", "CC1", 100m, currency: "USD"));
        Assert.Equal(50m, (decimal)sut.Bucket("CC1").pre_commitment);
    }

    [Fact]
    public void Conversion_SeveralDates_UsesLatestRateNotAfterDocumentDate()
    {
        using var sut = CreateSut();
        sut.Put(Rate("USD", "EUR", March1, 0.5m));
        sut.Put(Rate("USD", "EUR", new DateOnly(2026, 3, 5), 0.8m));
        sut.Put(Rate("USD", "EUR", new DateOnly(2026, 3, 11), 0.9m));
        sut.Put(Requisition("R1", "CC1", 100m, date: new DateOnly(2026, 3, 10), currency: "USD"));
        Assert.Equal(80m, (decimal)sut.Bucket("CC1").pre_commitment);
    }

    [Fact]
    public void Conversion_MissingRate_PendingThenReEvaluatedWhenRateArrives()
    {
        using var sut = CreateSut();
        sut.Put(Requisition("R1", "CC1", 100m, currency: "USD"));
        var pending = sut.Bucket("CC1");
        Assert.Equal(0m, (decimal)pending.pre_commitment);
        Assert.Equal(1, pending.pending_document_count);

        sut.Put(Rate("USD", "EUR", new DateOnly(2026, 3, 11), 0.9m)); // after the document date: still pending
        Assert.Equal(1, sut.Bucket("CC1").pending_document_count);
        sut.Put(Rate("USD", "EUR", March1, 0.5m));
        var resolved = sut.Bucket("CC1");
        Assert.Equal(50m, (decimal)resolved.pre_commitment);
        Assert.Equal(0, resolved.pending_document_count);
    }

    [Fact]
    public void Conversion_EachDocumentLineRoundedSeparately()
    {
        using var sut = CreateSut();
        sut.Put(Rate("USD", "EUR", March1, 0.5m));
        sut.Put(PurchaseOrder("P1", currency: "USD"));
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 0.01m));
        sut.Put(PurchaseOrderLine("P1", 2, "CC1", 0.01m));
        Assert.Equal(0.02m, (decimal)sut.Bucket("CC1").commitment); // 0.005 + 0.005 each rounded up
    }

    [Fact]
    public void Conversion_RateDeleted_DocumentPendingAgain()
    {
        using var sut = CreateSut();
        var rate = Rate("USD", "EUR", March1, 0.5m);
        sut.Put(rate);
        sut.Put(Requisition("R1", "CC1", 100m, currency: "USD"));
        sut.Delete(rate);
        Assert.Equal(1, sut.Bucket("CC1").pending_document_count);
        Assert.Equal(0m, (decimal)sut.Bucket("CC1").pre_commitment);
    }
}
