using finance.matching;

namespace FinanceStreams.Topologies.Invoices.Matching;

/// <summary>One failed check of an invoice.</summary>
/// <param name="Reason">Reason code.</param>
/// <param name="InvoiceLineNo">The invoice line it concerns, if any.</param>
/// <param name="PoLineNo">The PO line it concerns, if any.</param>
/// <param name="Detail">Figures behind it, for the person who resolves it.</param>
public sealed record Finding(MatchReason Reason, int? InvoiceLineNo = null, int? PoLineNo = null, string? Detail = null);
