using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Outputs;

/// <summary>An output record to forward: key, value (null = tombstone), event time and lineage.</summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
public sealed record Emission<TKey, TValue>(TKey Key, TValue? Value, long Timestamp, IReadOnlyList<SourceRef> Lineage)
    where TValue : class;
