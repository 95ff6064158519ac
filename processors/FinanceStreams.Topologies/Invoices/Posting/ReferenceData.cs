using FinanceStreams.Topologies.Rows;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Topologies.Invoices.Posting;

/// <summary>
/// Reference data for enrichment: cost centers and FX rates as they are when a command is built (a later change does not
/// rewrite an issued command).
/// </summary>
/// <param name="costCenters">A cost center row by id, null while unknown.</param>
/// <param name="rates">The rates of a (from, to) currency pair, every date.</param>
public sealed class ReferenceData(Func<string, CostCenterRow?> costCenters, Func<string, string, IEnumerable<FxRateRow>> rates)
{
    /// <summary>The cost center row, or null while unknown.</summary>
    public CostCenterRow? CostCenter(string costCenter) => costCenters(costCenter);

    /// <summary>An amount converted to the cost center's budget currency (domain.md §2), or null without cost center or rate.</summary>
    public FxConversion? ToBudgetCurrency(decimal amount, string currency, DateOnly date, CostCenterRow? costCenter)
    {
        if (costCenter is null)
        {
            return null;
        }

        var pairRates = rates(currency, costCenter.BudgetCurrency).Concat(rates(costCenter.BudgetCurrency, currency));
        return FxConverter.Convert(pairRates, amount, currency, costCenter.BudgetCurrency, date);
    }
}
