using FinanceStreams.Topologies.Rows;
using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Messages;

/// <summary>An invoice's header as its group judged it (keyed by invoice id): an exact duplicate or not; null header when deleted.</summary>
[MessagePackObject]
public sealed record InvoiceVerdict(
    [property: Key(0)] string Group,
    [property: Key(1)] long Lsn,
    [property: Key(2)] InvoiceRow? Header,
    [property: Key(3)] bool IsDuplicate,
    [property: Key(4)] long EventTimeMs) : Dataflow.IEventTimed;
