using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Messages;

/// <summary>An invoice line's new state against one PO (keyed by po_id): counting, or not any more (<see cref="Line"/> null).</summary>
[MessagePackObject]
public sealed record InvoicedLineChange(
    [property: Key(0)] string InvoiceId,
    [property: Key(1)] int LineNo,
    [property: Key(2)] long Version,
    [property: Key(3)] InvoicedLine? Line,
    [property: Key(4)] long EventTimeMs) : Dataflow.IEventTimed;
