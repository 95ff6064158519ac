using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Messages;

/// <summary>An invoice line as its PO holds it: the highest version seen and the line while it counts.</summary>
[MessagePackObject]
public sealed record StoredInvoicedLine([property: Key(0)] long Version, [property: Key(1)] InvoicedLine? Line);
