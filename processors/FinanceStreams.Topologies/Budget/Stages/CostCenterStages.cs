using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Rows;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Topologies.Budget.Stages;

/// <summary>
/// Cost centers: the dossier of a cost center holds its row and every contribution charged to it.
/// Contributions get the budget currency and control settings; those in the budget currency (and
/// exceptions) go straight to their bucket, the others to their currency pair for conversion.
/// Without the cost center row nothing is routed (the budget currency is unknown).
/// </summary>
public static class CostCenterStages
{
    /// <summary>Exception of a budget line in another currency than the cost center's budget currency.</summary>
    public const string BudgetCurrencyMismatch = "BUDGET_CURRENCY_MISMATCH";

    /// <summary>The row goes to its cost center dossier.</summary>
    public static IEnumerable<TargetedPart> CostCenter(string key, CostCenterRow row) => [new(key, "cost-center", new Part { CostCenter = row })];

    /// <summary>Contributions that need no conversion, to their bucket.</summary>
    public static IEnumerable<TargetedPart> Direct(string costCenter, Dossier dossier) =>
        Enriched(dossier).Where(i => !NeedsConversion(i)).Select(i => new TargetedPart(i.BucketKey, i.ItemId, new Part { Item = i with { Converted = Money.Round2(i.Amount) } }));

    /// <summary>Contributions in another currency, to their currency pair.</summary>
    public static IEnumerable<TargetedPart> ToPairs(string costCenter, Dossier dossier) =>
        Enriched(dossier).Where(NeedsConversion).Select(i => new TargetedPart(FxConverter.PairKey(i.Currency, i.Settings!.Currency), i.ItemId, new Part { Item = i }));

    private static bool NeedsConversion(BudgetItem item) => item.Exception is null && item.Currency != item.Settings!.Currency;

    private static IEnumerable<BudgetItem> Enriched(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var row = dossier.One(p => p.CostCenter);
        if (row is null)
        {
            return [];
        }

        var settings = new CostCenterSettings(row.CompanyCode, row.BudgetCurrency, new BudgetControl(row.ControlLevel, row.WarningPct, row.TolerancePct, row.ToleranceAmount), row.Source.Lsn);
        return dossier.All(p => p.Item).Select(i =>
        {
            var item = i.WithLineage(row.Source) with { Settings = settings };
            return item.Kind == BudgetItemKind.Budget && item.Currency != row.BudgetCurrency ? item with { Exception = BudgetCurrencyMismatch } : item;
        });
    }
}
