using StreamKit.Dsl;

namespace FinanceStreams.Topologies.Ingestion;

/// <summary>A CDC source read as a table of current rows keyed by the rendered primary key.</summary>
/// <typeparam name="TRow">Row type.</typeparam>
/// <param name="Changes">Every applied change with the row it replaced (deletes have no new value).</param>
/// <param name="StoreName">The store of <see cref="CdcRowState{TRow}"/> per key (queryable).</param>
public sealed record CdcTable<TRow>(IKStream<string, Change<TRow>> Changes, string StoreName)
    where TRow : class;
