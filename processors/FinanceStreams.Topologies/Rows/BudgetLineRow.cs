using finance.budgeting;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of a <c>budgeting.public.budget_lines</c> row.</summary>
public sealed record BudgetLineRow(
    string BudgetLineId,
    string CostCenter,
    int FiscalYear,
    int FiscalPeriod,
    string Currency,
    decimal Amount,
    BudgetLineStatus Status,
    SourceRef Source)
{
    /// <summary>Maps the generated row.</summary>
    public static BudgetLineRow From(BudgetLine row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.budget_line_id, row.cost_center, row.fiscal_year, row.fiscal_period, row.currency, row.amount.ToDecimal(), row.status, source);
    }
}
