using FinanceStreams.Topologies.Invoices.Reconciliation;
using MessagePack;

namespace FinanceStreams.Topologies.Invoices.Messages;

/// <summary>An invoice's or command's contribution to the control totals of one key, versioned; neither set: it no longer counts there.</summary>
/// <param name="Contributor">"invoice:" or "command:" and the id.</param>
/// <param name="Version">The contributor's change counter.</param>
/// <param name="Invoice">An invoice's contribution.</param>
/// <param name="Command">A command's contribution.</param>
/// <param name="EventTimeMs">Event time of the contributor's state.</param>
[MessagePackObject]
public sealed record TallyChange([property: Key(0)] string Contributor, [property: Key(1)] long Version, [property: Key(2)] InvoiceTally? Invoice, [property: Key(3)] CommandTally? Command, [property: Key(4)] long EventTimeMs);
