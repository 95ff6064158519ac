using finance.procurement;
using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Messages;

/// <summary>A PO as the requisition it converts holds it: the highest report version seen, and its status while it references the requisition.</summary>
[MessagePackObject]
public sealed record ReferencingOrder([property: Key(0)] long Version, [property: Key(1)] PurchaseOrderStatus? Status);
