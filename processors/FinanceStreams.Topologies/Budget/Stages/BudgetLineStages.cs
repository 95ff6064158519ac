using finance.budgeting;
using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Budget.Stages;

/// <summary>Budget lines: an APPROVED line is budget of its bucket.</summary>
public static class BudgetLineStages
{
    /// <summary>The budget contribution of a line, to its cost center.</summary>
    public static IEnumerable<TargetedPart> Items(string key, BudgetLineRow line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Status != BudgetLineStatus.APPROVED)
        {
            return [];
        }

        var item = new BudgetItem($"BUD|{line.BudgetLineId}", BudgetItemKind.Budget, $"BL:{line.BudgetLineId}", line.CostCenter,
            line.FiscalYear, line.FiscalPeriod, null, line.Currency, line.Amount, [line.Source]);
        return [new(item.CostCenter, item.ItemId, new Part { Item = item })];
    }
}
