using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Topologies.Budget;

/// <summary>The cost center a contribution was evaluated with.</summary>
/// <param name="CompanyCode">Company code.</param>
/// <param name="Currency">Budget currency.</param>
/// <param name="Control">Control settings.</param>
/// <param name="Lsn">Lsn of the cost center version (the latest wins in a bucket).</param>
public sealed record CostCenterSettings(string CompanyCode, string Currency, BudgetControl Control, long Lsn);
