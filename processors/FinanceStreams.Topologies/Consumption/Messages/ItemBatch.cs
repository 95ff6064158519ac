using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Messages;

/// <summary>Every contribution change one source event causes in one cost center (keyed by it): applied together, so a bucket moves once per event.</summary>
[MessagePackObject]
public sealed record ItemBatch([property: Key(0)] IReadOnlyList<ItemChange> Changes, [property: Key(1)] long EventTimeMs) : Dataflow.IEventTimed;
