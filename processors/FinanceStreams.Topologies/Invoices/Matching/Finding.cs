using finance.matching;
using MessagePack;

namespace FinanceStreams.Topologies.Invoices.Matching;

/// <summary>One failed check of an invoice.</summary>
/// <param name="Reason">Reason code.</param>
/// <param name="InvoiceLineNo">The invoice line it concerns, if any.</param>
/// <param name="PoLineNo">The PO line it concerns, if any.</param>
/// <param name="Detail">Figures behind it, for the person who resolves it.</param>
[MessagePackObject]
public sealed record Finding([property: Key(0)] MatchReason Reason, [property: Key(1)] int? InvoiceLineNo = null, [property: Key(2)] int? PoLineNo = null, [property: Key(3)] string? Detail = null);
