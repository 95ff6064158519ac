using FinanceStreams.Topologies.Rows;
using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Messages;

/// <summary>An invoice line that counts against a PO line (its invoice is not cancelled and not an exact duplicate).</summary>
[MessagePackObject]
public sealed record InvoicedLine(
    [property: Key(0)] string InvoiceId,
    [property: Key(1)] int LineNo,
    [property: Key(2)] int PoLineNo,
    [property: Key(3)] string Currency,
    [property: Key(4)] DateOnly InvoiceDate,
    [property: Key(5)] decimal Amount,
    [property: Key(6)] IReadOnlyList<SourceRef> Lineage);
