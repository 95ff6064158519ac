using finance.budget;
using finance.budgeting;

namespace FinanceStreams.Topologies.Rules;

/// <summary>
/// The one budget availability decision (domain.md §4), used by the budget topology for
/// finance.budget-checks and by the host's budget availability HTTP API. projected = consumed
/// without the document + its amount; APPROVED below the warning threshold; APPROVED_WITH_WARNING
/// up to the limit; above it EXCEPTION_APPROVAL_REQUIRED for ABSOLUTE and APPROVED_WITH_WARNING for
/// ADVISORY; TRACK and NONE always APPROVED; PENDING while the amount cannot be converted.
/// </summary>
public static class BudgetCheckService
{
    /// <summary>Decides a check. Pure: same input, same result.</summary>
    public static BudgetCheckResult Decide(BudgetCheckInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var threshold = input.Control.WarningThreshold(input.Budget);
        var limit = input.Control.Limit(input.Budget);
        if (input.Amount is not { } amount)
        {
            return new(BudgetDecision.PENDING, input.PendingReason ?? "MISSING_FX_RATE", null, null, threshold, limit);
        }

        var projected = input.ConsumedBefore + amount;
        var available = input.Budget - projected;
        var (decision, reason) = input.Control.ControlLevel switch
        {
            ControlLevel.TRACK or ControlLevel.NONE => (BudgetDecision.APPROVED, $"CONTROL_LEVEL_{input.Control.ControlLevel}"),
            _ when projected < threshold => (BudgetDecision.APPROVED, "WITHIN_BUDGET"),
            _ when projected <= limit => (BudgetDecision.APPROVED_WITH_WARNING, "ABOVE_WARNING_THRESHOLD"),
            ControlLevel.ABSOLUTE => (BudgetDecision.EXCEPTION_APPROVAL_REQUIRED, "ABOVE_LIMIT"),
            _ => (BudgetDecision.APPROVED_WITH_WARNING, "ABOVE_LIMIT_ADVISORY"),
        };
        return new(decision, reason, projected, available, threshold, limit);
    }
}
