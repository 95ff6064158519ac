using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Budget;

/// <summary>An invoice line of a counting invoice (not cancelled, not an exact duplicate) that references a PO line.</summary>
public sealed record InvoicedLine(
    string InvoiceId,
    int LineNo,
    string PoId,
    int PoLineNo,
    string Currency,
    DateOnly InvoiceDate,
    decimal Amount,
    IReadOnlyList<SourceRef> Lineage);
