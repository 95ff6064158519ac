using FinanceStreams.Topologies.Consumption.Messages;
using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>A contribution as its bucket holds it: the highest version seen (kept after a removal, as a fence) and its evaluation.</summary>
[MessagePackObject]
public sealed record StoredItem([property: Key(0)] long Version, [property: Key(1)] Contribution? Contribution, [property: Key(2)] ItemEvaluation Evaluation);
