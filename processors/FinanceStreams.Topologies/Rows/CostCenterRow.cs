using finance.budgeting;
using FinanceStreams.Contracts.Conversions;
using MessagePack;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of a <c>budgeting.public.cost_centers</c> row.</summary>
[MessagePackObject]
public sealed record CostCenterRow(
    [property: Key(0)] string CostCenter,
    [property: Key(1)] string CompanyCode,
    [property: Key(2)] string Name,
    [property: Key(3)] string BudgetCurrency,
    [property: Key(4)] ControlLevel ControlLevel,
    [property: Key(5)] decimal WarningPct,
    [property: Key(6)] decimal TolerancePct,
    [property: Key(7)] decimal ToleranceAmount,
    [property: Key(8)] bool Active,
    [property: Key(9)] SourceRef Source) : ILocated<CostCenterRow>
{
    /// <inheritdoc/>
    public CostCenterRow At(SourceRef source) => this with { Source = source };

    /// <summary>Maps the generated row.</summary>
    public static CostCenterRow From(CostCenter row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.cost_center, row.company_code, row.name, row.budget_currency, row.control_level,
            row.warning_pct.ToDecimal(), row.tolerance_pct.ToDecimal(), row.tolerance_amount.ToDecimal(), row.active, source);
    }
}
