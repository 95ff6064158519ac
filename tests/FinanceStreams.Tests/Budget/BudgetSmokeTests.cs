using FinanceStreams.Tests.Infrastructure;
using static FinanceStreams.Tests.Infrastructure.AvroRows;

namespace FinanceStreams.Tests.Budget;

public sealed class BudgetSmokeTests
{
    [Fact]
    public void Topology_BudgetAndRequisition_EmitsConsumption()
    {
        using var sut = new BudgetHarness();
        sut.Put(CostCenter("CC1"));
        sut.Put(BudgetLine("B1", "CC1", 1000m));
        sut.Put(Requisition("R1", "CC1", 250m));

        var bucket = sut.Bucket("CC1");
        Assert.Equal(1000m, (decimal)bucket.budget);
        Assert.Equal(250m, (decimal)bucket.pre_commitment);
    }
}
