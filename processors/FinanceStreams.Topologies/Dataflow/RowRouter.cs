namespace FinanceStreams.Topologies.Dataflow;

/// <summary>
/// Rows whose routing column may change (a goods receipt's PO, an acknowledgement's command), keyed by primary key:
/// last-writer-wins by lsn, each change (and replay) forwarded to the row's current route, and a removal (the change
/// with no row) to every route the row had before, so the stage that groups them never keeps a row that moved away.
/// </summary>
/// <typeparam name="TRow">The row.</typeparam>
public abstract class RowRouter<TRow> : Stage<RowChange<TRow>, RowChange<TRow>>
    where TRow : class
{
    /// <summary>The route of a row.</summary>
    protected abstract string RouteOf(TRow row);

    /// <inheritdoc/>
    protected override void Handle(string key, RowChange<TRow> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var (state, _) = RowTable.Apply(Store, PartKey.Of("row", key), value);
        var route = state.Row is null ? null : RouteOf(state.Row);
        var change = value with { Lsn = state.Lsn, Row = state.Row, Source = state.Source };
        foreach (var former in Targets.Former(Store, PartKey.Of("route", key), route))
        {
            Forward(former, change with { Row = null });
        }

        if (route is not null)
        {
            Forward(route, change);
        }
    }
}
