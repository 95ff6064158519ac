namespace FinanceStreams.Topologies.Rules;

/// <summary>What a budget availability check decides on.</summary>
/// <param name="Control">Control settings of the cost center.</param>
/// <param name="Budget">Budget of the bucket.</param>
/// <param name="ConsumedBefore">Consumed in the bucket without this document.</param>
/// <param name="Amount">The document's amount in budget currency; null when it cannot be converted yet.</param>
/// <param name="PendingReason">Why <paramref name="Amount"/> is null (e.g. MISSING_FX_RATE).</param>
public sealed record BudgetCheckInput(BudgetControl Control, decimal Budget, decimal ConsumedBefore, decimal? Amount, string? PendingReason = null);
