using FinanceStreams.Topologies.Rows;
using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Messages;

/// <summary>An invoice as its duplicate group holds it: the highest header lsn seen, and the header while it is a member.</summary>
[MessagePackObject]
public sealed record GroupMember([property: Key(0)] long Lsn, [property: Key(1)] InvoiceRow? Header);
