using finance.budgeting;
using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Consumption.Messages;
using FinanceStreams.Topologies.Dataflow;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Consumption.Stages;

/// <summary>
/// Budget lines, keyed by budget_line_id on their source partitions: an APPROVED line is budget of
/// its bucket, versioned by its lsn.
/// </summary>
public sealed class BudgetLineStage : Stage<RowChange<BudgetLineRow>, ItemBatch>
{
    /// <summary>The stage's store.</summary>
    public const string StateStore = "budget-lines";

    /// <inheritdoc/>
    protected override string StoreName => StateStore;

    /// <inheritdoc/>
    protected override void Handle(string key, RowChange<BudgetLineRow> value)
    {
        var (state, _) = RowTable.Apply(Store, PartKey.Of("row", key), value);
        var itemId = $"BUD|{key}";
        var reach = BucketReach.Extend(Store, itemId, state.Row?.CostCenter, state.Row is { } row ? BucketReach.Period(row.FiscalYear, row.FiscalPeriod) : null);
        var changes = ItemPlacement.Place(itemId, Item(itemId, state), state.Lsn, reach);
        foreach (var (costCenter, batch) in ItemPlacement.Batches(changes, state.Source.TsMs))
        {
            Forward(costCenter, batch);
        }
    }

    private static PlacedItem? Item(string itemId, RowState<BudgetLineRow> state) => state.Row is { Status: BudgetLineStatus.APPROVED } line
        ? new(itemId, new BucketRef(line.CostCenter, line.FiscalYear, line.FiscalPeriod),
            new Contribution(BudgetItemKind.Budget, $"BL:{line.BudgetLineId}", line.Currency, line.Amount, null, state.Source.TsMs, null, null, [state.Source]))
        : null;
}
