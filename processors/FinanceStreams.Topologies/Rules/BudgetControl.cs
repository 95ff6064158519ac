using finance.budgeting;

namespace FinanceStreams.Topologies.Rules;

/// <summary>The control settings of a cost center that the status and check rules read.</summary>
/// <param name="ControlLevel">ABSOLUTE, ADVISORY, TRACK or NONE.</param>
/// <param name="WarningPct">Utilization percentage from which the status is WARNING.</param>
/// <param name="TolerancePct">Percentage above the budget allowed before EXCEEDED.</param>
/// <param name="ToleranceAmount">Amount above the budget allowed before EXCEEDED.</param>
public sealed record BudgetControl(ControlLevel ControlLevel, decimal WarningPct, decimal TolerancePct, decimal ToleranceAmount)
{
    /// <summary>budget × warning_pct / 100, rounded to 2 decimals.</summary>
    public decimal WarningThreshold(decimal budget) => Money.Round2(budget * WarningPct / 100m);

    /// <summary>budget × (1 + tolerance_pct / 100) + tolerance_amount, rounded to 2 decimals.</summary>
    public decimal Limit(decimal budget) => Money.Round2((budget * (1m + (TolerancePct / 100m))) + ToleranceAmount);
}
