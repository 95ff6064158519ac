namespace FinanceStreams.Topologies.Ingestion;

/// <summary>What the ingestion remembers per key: the last applied lsn and the row it left (null after a delete).</summary>
/// <typeparam name="TRow">Row type.</typeparam>
/// <param name="Lsn">Highest applied lsn.</param>
/// <param name="Row">Current row, or null when deleted.</param>
public sealed record CdcRowState<TRow>(long Lsn, TRow? Row)
    where TRow : class;
