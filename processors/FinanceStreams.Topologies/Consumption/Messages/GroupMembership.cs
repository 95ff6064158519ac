using FinanceStreams.Topologies.Rows;
using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Messages;

/// <summary>
/// An invoice header for its exact-duplicate group (keyed by the group): a member, or leaving
/// (<see cref="Header"/> null; <see cref="Deleted"/> when the invoice itself is gone, so the group
/// reports that). A cancelled invoice is the only member of its own group.
/// </summary>
[MessagePackObject]
public sealed record GroupMembership(
    [property: Key(0)] string InvoiceId,
    [property: Key(1)] long Lsn,
    [property: Key(2)] InvoiceRow? Header,
    [property: Key(3)] bool Deleted,
    [property: Key(4)] long EventTimeMs) : Dataflow.IEventTimed;
