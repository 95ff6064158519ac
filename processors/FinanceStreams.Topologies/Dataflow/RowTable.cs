using FinanceStreams.Topologies.Ingestion;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>Last-writer-wins by lsn over rows kept in a <see cref="PartStore"/>.</summary>
public static class RowTable
{
    /// <summary>
    /// Applies <paramref name="change"/> unless its lsn is not above the stored one (a technical
    /// duplicate or stale replay: counted, nothing stored). Returns the row state now stored and
    /// whether the change was applied; either way the caller forwards what that state implies
    /// (a replay must re-forward current state: its first outputs may never have left).
    /// </summary>
    public static (RowState<TRow> State, bool Applied) Apply<TRow>(PartStore store, string key, RowChange<TRow> change)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(change);
        var stored = store.Get<RowState<TRow>>(key);
        if (stored is not null && change.Lsn <= stored.Lsn)
        {
            CdcMetrics.Stale(change.Source.Topic);
            return (stored, false);
        }

        var state = new RowState<TRow>(change.Lsn, change.Row, change.Source);
        store.Put(key, state);
        return (state, true);
    }
}
