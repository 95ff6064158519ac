using FinanceStreams.Topologies.Ingestion;
using FinanceStreams.Topologies.Rows;
using FinanceStreams.Topologies.Rules;
using StreamKit.State;

namespace FinanceStreams.Topologies.Invoices.Posting;

/// <summary>
/// Reference data for enrichment, read from the global stores of cost centers and FX rates as they
/// are when a command is built (a later change does not rewrite an issued command).
/// </summary>
public sealed class ReferenceData(ITimestampedKeyValueStore<string, CdcRowState<CostCenterRow>> costCenters, ITimestampedKeyValueStore<string, CdcRowState<FxRateRow>> rates)
{
    /// <summary>The cost center row, or null while unknown.</summary>
    public CostCenterRow? CostCenter(string costCenter) =>
        costCenters.TryGet(costCenter, out var stored) ? stored.Value.Row : null;

    /// <summary>An amount converted to the cost center's budget currency (domain.md §2), or null without cost center or rate.</summary>
    public FxConversion? ToBudgetCurrency(decimal amount, string currency, DateOnly date, CostCenterRow? costCenter)
    {
        if (costCenter is null)
        {
            return null;
        }

        var pairRates = Rates(currency, costCenter.BudgetCurrency).Concat(Rates(costCenter.BudgetCurrency, currency));
        return FxConverter.Convert(pairRates, amount, currency, costCenter.BudgetCurrency, date);
    }

    private IEnumerable<FxRateRow> Rates(string from, string to) =>
        rates.PrefixScan($"{from}|{to}|").Select(r => r.Value.Value.Row).OfType<FxRateRow>();
}
