using finance.budgeting;
using FinanceStreams.Contracts.Conversions;
using MessagePack;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of a <c>budgeting.public.budget_lines</c> row.</summary>
[MessagePackObject]
public sealed record BudgetLineRow(
    [property: Key(0)] string BudgetLineId,
    [property: Key(1)] string CostCenter,
    [property: Key(2)] int FiscalYear,
    [property: Key(3)] int FiscalPeriod,
    [property: Key(4)] string Currency,
    [property: Key(5)] decimal Amount,
    [property: Key(6)] BudgetLineStatus Status,
    [property: Key(7)] SourceRef Source) : ILocated<BudgetLineRow>
{
    /// <inheritdoc/>
    public BudgetLineRow At(SourceRef source) => this with { Source = source };

    /// <summary>Maps the generated row.</summary>
    public static BudgetLineRow From(BudgetLine row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.budget_line_id, row.cost_center, row.fiscal_year, row.fiscal_period, row.currency, row.amount.ToDecimal(), row.status, source);
    }
}
