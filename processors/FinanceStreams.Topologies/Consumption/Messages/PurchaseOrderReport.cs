using finance.procurement;
using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Messages;

/// <summary>
/// What a PO stage tells the requisition the PO converts (keyed by requisition id, or
/// <c>po:&lt;id&gt;</c> without one): whether the PO references it (and in which status) and the
/// contribution changes of the same event, which the requisition stage sends on with its own.
/// </summary>
[MessagePackObject]
public sealed record PurchaseOrderReport(
    [property: Key(0)] string PoId,
    [property: Key(1)] long Version,
    [property: Key(2)] PurchaseOrderStatus? Status,
    [property: Key(3)] IReadOnlyList<ItemChange> Changes,
    [property: Key(4)] long EventTimeMs) : Dataflow.IEventTimed;
