using finance.budget;

namespace FinanceStreams.Topologies.Rules;

/// <summary>The outcome of a budget availability check.</summary>
/// <param name="Decision">APPROVED, APPROVED_WITH_WARNING, EXCEPTION_APPROVAL_REQUIRED or PENDING.</param>
/// <param name="Reason">The rule that decided, or the pending reason.</param>
/// <param name="Projected">Consumed without the document plus its amount; null when pending.</param>
/// <param name="AvailableAfter">Budget minus projected; null when pending.</param>
/// <param name="WarningThreshold">The bucket's warning threshold.</param>
/// <param name="Limit">The bucket's limit.</param>
public sealed record BudgetCheckResult(BudgetDecision Decision, string Reason, decimal? Projected, decimal? AvailableAfter, decimal WarningThreshold, decimal Limit);
