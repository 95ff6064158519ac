using finance.budgeting;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of a <c>budgeting.public.cost_centers</c> row.</summary>
public sealed record CostCenterRow(
    string CostCenter,
    string CompanyCode,
    string Name,
    string BudgetCurrency,
    ControlLevel ControlLevel,
    decimal WarningPct,
    decimal TolerancePct,
    decimal ToleranceAmount,
    bool Active,
    SourceRef Source)
{
    /// <summary>Maps the generated row.</summary>
    public static CostCenterRow From(CostCenter row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.cost_center, row.company_code, row.name, row.budget_currency, row.control_level,
            row.warning_pct.ToDecimal(), row.tolerance_pct.ToDecimal(), row.tolerance_amount.ToDecimal(), row.active, source);
    }
}
