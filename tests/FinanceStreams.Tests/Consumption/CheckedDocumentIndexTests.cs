using finance.budget;
using FinanceStreams.Tests.Infrastructure;
using FinanceStreams.Topologies.Consumption.Bucketing;
using static FinanceStreams.Tests.Infrastructure.AvroRows;

namespace FinanceStreams.Tests.Consumption;

/// <summary>
/// The bucket stage indexes where each checked requisition and PO is counted, so the budget API can refuse an id
/// that names a document of another bucket or type without scanning buckets.
/// </summary>
public sealed class CheckedDocumentIndexTests
{
    private static BudgetHarness CreateSut()
    {
        var sut = new BudgetHarness();
        sut.Put(CostCenter("CC1"));
        sut.Put(CostCenter("CC2"));
        sut.Put(BudgetLine("B1", "CC1", 1000m));
        sut.Put(BudgetLine("B2", "CC2", 1000m));
        return sut;
    }

    private static IReadOnlyList<CountedDocument> Find(BudgetHarness sut, string documentId) =>
        BucketQuery.FindDocument(sut.Driver.GetKeyValueStore<string, byte[]>(BucketStage.StateStore), documentId);

    [Fact]
    public void Requisition_Submitted_FoundInItsBucketWithItsAmount()
    {
        using var sut = CreateSut();
        sut.Put(Requisition("R1", "CC1", 300m));

        var found = Assert.Single(Find(sut, "R1"));

        Assert.Equal(new CountedDocument(BudgetDocumentType.REQUISITION, "R1", "CC1", 2026, 3, 300m), found);
    }

    [Fact]
    public void Requisition_MovedToAnotherCostCenter_FoundOnlyThere()
    {
        using var sut = CreateSut();
        sut.Put(Requisition("R1", "CC1", 300m));
        sut.Put(Requisition("R1", "CC2", 300m));

        Assert.Equal("CC2", Assert.Single(Find(sut, "R1")).CostCenter);
    }

    [Fact]
    public void Requisition_MovedAndConverted_LeavesNoStaleIndexEntry()
    {
        using var sut = CreateSut();
        sut.Put(Requisition("R1", "CC1", 300m));
        sut.Put(Requisition("R1", "CC2", 300m));
        sut.Put(PurchaseOrder("P1", requisitionId: "R1"));
        sut.Put(PurchaseOrderLine("P1", 1, "CC2", 300m));

        var entries = sut.Driver.GetKeyValueStore<string, byte[]>(BucketStage.StateStore).All().Select(e => e.Key).Where(k => k.StartsWith("where\u001F", StringComparison.Ordinal));

        Assert.Equal(["where\u001FP1\u001FCC2\u001F2026\u001F03\u001FPO:P1"], entries);
    }

    [Fact]
    public void Requisition_ConvertedByReleasedPo_GoneAndThePoFound()
    {
        using var sut = CreateSut();
        sut.Put(Requisition("R1", "CC1", 300m));
        sut.Put(PurchaseOrder("P1", requisitionId: "R1"));
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 300m));

        Assert.Empty(Find(sut, "R1"));
        Assert.Equal(BudgetDocumentType.PURCHASE_ORDER, Assert.Single(Find(sut, "P1")).DocumentType);
    }

    [Fact]
    public void Requisition_Deleted_NotFound()
    {
        using var sut = CreateSut();
        var requisition = Requisition("R1", "CC1", 300m);
        sut.Put(requisition);
        sut.Delete(requisition);

        Assert.Empty(Find(sut, "R1"));
    }

    [Fact]
    public void Po_LinesInTwoCostCenters_FoundInBoth()
    {
        using var sut = CreateSut();
        sut.Put(PurchaseOrder("P1"));
        sut.Put(PurchaseOrderLine("P1", 1, "CC1", 100m));
        sut.Put(PurchaseOrderLine("P1", 2, "CC2", 200m));

        Assert.Equal([("CC1", 100m), ("CC2", 200m)], Find(sut, "P1").Select(d => (d.CostCenter, d.Amount)).Order());
    }

    [Fact]
    public void Budget_ApprovedLine_NotACheckedDocument()
    {
        using var sut = CreateSut();

        Assert.Empty(Find(sut, "B1"));
    }
}
