using finance.budget;
using finance.budgeting;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Tests.Rules;

public sealed class BudgetCheckServiceTests
{
    private static BudgetCheckInput CreateSut(ControlLevel level, decimal? amount, decimal tolerancePct = 0m, decimal toleranceAmount = 0m) =>
        new(new BudgetControl(level, 90m, tolerancePct, toleranceAmount), 1000m, 500m, amount);

    [Theory]
    [InlineData(ControlLevel.ABSOLUTE, 399.99, BudgetDecision.APPROVED)]
    [InlineData(ControlLevel.ABSOLUTE, 400, BudgetDecision.APPROVED_WITH_WARNING)]
    [InlineData(ControlLevel.ABSOLUTE, 500, BudgetDecision.APPROVED_WITH_WARNING)]
    [InlineData(ControlLevel.ABSOLUTE, 500.01, BudgetDecision.EXCEPTION_APPROVAL_REQUIRED)]
    [InlineData(ControlLevel.ADVISORY, 500.01, BudgetDecision.APPROVED_WITH_WARNING)]
    [InlineData(ControlLevel.TRACK, 5000, BudgetDecision.APPROVED)]
    [InlineData(ControlLevel.NONE, 5000, BudgetDecision.APPROVED)]
    public void Decide_ProjectedAgainstThresholds_Decision(ControlLevel level, double amount, BudgetDecision expected) =>
        Assert.Equal(expected, BudgetCheckService.Decide(CreateSut(level, (decimal)amount)).Decision);

    [Fact]
    public void Decide_ToleranceRaisesLimit_WarningInsteadOfException()
    {
        var result = BudgetCheckService.Decide(CreateSut(ControlLevel.ABSOLUTE, 600m, tolerancePct: 5m, toleranceAmount: 50m));
        Assert.Equal(BudgetDecision.APPROVED_WITH_WARNING, result.Decision);
        Assert.Equal(1100m, result.Limit);
        Assert.Equal(-100m, result.AvailableAfter);
    }

    [Fact]
    public void Decide_NoAmount_PendingMissingFxRate()
    {
        var result = BudgetCheckService.Decide(CreateSut(ControlLevel.ABSOLUTE, null));
        Assert.Equal((BudgetDecision.PENDING, "MISSING_FX_RATE"), (result.Decision, result.Reason));
        Assert.Null(result.AvailableAfter);
    }
}
