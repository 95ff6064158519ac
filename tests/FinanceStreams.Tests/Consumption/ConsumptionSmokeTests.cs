using finance.budget;
using finance.budgeting;
using FinanceStreams.Tests.Infrastructure;
using static FinanceStreams.Tests.Infrastructure.AvroRows;

namespace FinanceStreams.Tests.Consumption;

public sealed class ConsumptionSmokeTests
{
    [Fact]
    public void Budget_ApprovedLine_CountsInItsBucket()
    {
        using var sut = new BudgetHarness();
        sut.Put(CostCenter("CC1", "EUR", ControlLevel.ABSOLUTE));
        sut.Put(BudgetLine("B1", "CC1", 1000m));
        var bucket = sut.Bucket("CC1");
        Assert.Equal(1000m, (decimal)bucket.budget);
        Assert.Equal(BudgetStatus.OK, bucket.status);
    }
}
