using MessagePack;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>A stage's change counter for one key: the version of everything it derives there.</summary>
[MessagePackObject]
public sealed record Revision([property: Key(0)] long Value);
