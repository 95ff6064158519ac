using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Rows;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>
/// Evaluates a contribution under its cost center (domain.md §2–§3): budget lines must be in the
/// budget currency; other documents are converted at their rate date, or pending MISSING_FX_RATE.
/// Pure, given a function that finds the latest usable rate of a pair on or before a date.
/// </summary>
public static class ItemEvaluator
{
    /// <summary>The evaluation of <paramref name="item"/>; <see cref="ItemEvaluation.Unknown"/> without the cost center.</summary>
    public static ItemEvaluation Evaluate(Contribution item, CostCenterRow? costCenter, Func<string, string, DateOnly, FxRateRow?> latestRate)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(latestRate);
        if (costCenter is null)
        {
            return ItemEvaluation.Unknown;
        }

        if (item.Exception is not null)
        {
            return new(null, null, item.Exception);
        }

        var currency = costCenter.BudgetCurrency;
        if (item.Kind == BudgetItemKind.Budget && item.Currency != currency)
        {
            return new(null, null, BudgetReasons.BudgetCurrencyMismatch);
        }

        if (!NeedsConversion(item, currency))
        {
            return new(Money.Round2(item.Amount), null, null);
        }

        if (item.RateDate is not { } date)
        {
            return new(null, BudgetReasons.MissingFxRate, null);
        }

        var rates = new[] { latestRate(item.Currency, currency, date), latestRate(currency, item.Currency, date) }.OfType<FxRateRow>();
        var conversion = FxConverter.Convert(rates, item.Amount, item.Currency, currency, date);
        return conversion is null ? new(null, BudgetReasons.MissingFxRate, null) : new(conversion.Amount, null, null);
    }

    /// <summary>True when the item's figure depends on an FX rate of (its currency, the budget currency).</summary>
    public static bool NeedsConversion(Contribution item, string budgetCurrency)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Exception is null && item.Kind != BudgetItemKind.Budget && item.Currency != budgetCurrency;
    }
}
