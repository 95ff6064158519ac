using finance.budget;
using finance.budgeting;

namespace FinanceStreams.Topologies.Rules;

/// <summary>
/// Bucket status (domain.md §3): UNCONTROLLED for control level NONE; else EXCEEDED when consumed &gt;
/// limit; else WARNING when consumed ≥ the warning threshold; else OK. A bucket that consumes nothing
/// (consumed = 0) is OK even when its budget is 0, as a controller expects.
/// </summary>
public static class BudgetStatusRule
{
    /// <summary>The status of a bucket.</summary>
    public static BudgetStatus Evaluate(BudgetControl control, decimal budget, decimal consumed)
    {
        ArgumentNullException.ThrowIfNull(control);
        if (control.ControlLevel == ControlLevel.NONE)
        {
            return BudgetStatus.UNCONTROLLED;
        }

        if (consumed > control.Limit(budget))
        {
            return BudgetStatus.EXCEEDED;
        }

        return consumed != 0m && consumed >= control.WarningThreshold(budget) ? BudgetStatus.WARNING : BudgetStatus.OK;
    }

    /// <summary>consumed / budget × 100 rounded to 4 decimals, or null when the budget is 0.</summary>
    public static decimal? Utilization(decimal budget, decimal consumed) =>
        budget == 0m ? null : Money.Round4(consumed / budget * 100m);
}
