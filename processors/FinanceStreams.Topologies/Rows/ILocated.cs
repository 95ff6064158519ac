namespace FinanceStreams.Topologies.Rows;

/// <summary>A row that carries the source event it was read from (its lineage).</summary>
/// <typeparam name="TRow">The row type.</typeparam>
public interface ILocated<out TRow>
{
    /// <summary>The row as read at <paramref name="source"/> (its partition and offset known once the record is consumed).</summary>
    TRow At(SourceRef source);
}
