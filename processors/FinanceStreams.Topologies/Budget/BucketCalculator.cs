using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Topologies.Budget;

/// <summary>Computes a bucket's figures from its contributions. Pure.</summary>
public static class BucketCalculator
{
    /// <summary>The contributions of a bucket, one per item id (the latest by event time).</summary>
    public static IReadOnlyList<BudgetItem> Items(IEnumerable<BudgetItem> contributions) =>
        [.. contributions.GroupBy(i => i.ItemId, StringComparer.Ordinal).Select(g => g.MaxBy(i => i.EventTime)!)];

    /// <summary>The figures, or null for a bucket without contributions.</summary>
    public static BucketFigures? Compute(IEnumerable<BudgetItem> contributions)
    {
        var items = Items(contributions);
        var settings = items.Select(i => i.Settings).OfType<CostCenterSettings>().MaxBy(s => s.Lsn);
        if (items.Count == 0 || settings is null)
        {
            return null;
        }

        var counted = items.Where(i => i.Counts).ToList();
        decimal Sum(BudgetItemKind kind) => counted.Where(i => i.Kind == kind).Sum(i => i.Converted!.Value);
        var budget = Sum(BudgetItemKind.Budget);
        var consumed = Sum(BudgetItemKind.PreCommitment) + Sum(BudgetItemKind.Commitment) + Sum(BudgetItemKind.Actual);
        var first = items[0];
        return new BucketFigures(
            first.CostCenter,
            first.FiscalYear,
            first.FiscalPeriod,
            settings,
            budget,
            Sum(BudgetItemKind.PreCommitment),
            Sum(BudgetItemKind.Commitment),
            Sum(BudgetItemKind.Actual),
            BudgetStatusRule.Utilization(budget, consumed),
            settings.Control.WarningThreshold(budget),
            settings.Control.Limit(budget),
            BudgetStatusRule.Evaluate(settings.Control, budget, consumed),
            counted.Select(i => i.DocumentId).Distinct(StringComparer.Ordinal).Count(),
            items.Where(i => i.Pending is not null).Select(i => i.DocumentId).Distinct(StringComparer.Ordinal).Count(),
            items.Where(i => i.Exception is not null).Select(i => i.DocumentId).Distinct(StringComparer.Ordinal).Count(),
            items.Max(i => i.EventTime),
            [.. items.SelectMany(i => i.Lineage).Distinct()]);
    }
}
