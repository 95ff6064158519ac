using FinanceStreams.Topologies.Rows;
using MessagePack;

namespace FinanceStreams.Topologies.Invoices.Messages;

/// <summary>
/// An invoice as its document stage holds it (header and lines), sent to the supplier ledger of the header's supplier.
/// A document without header tells a ledger the invoice left it: deleted, or moved to the ledger of another supplier.
/// </summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="Version">The document's change counter: one more for every applied header or line change.</param>
/// <param name="Header">The header; null when the invoice is not (or no longer) this ledger's.</param>
/// <param name="Lines">The lines, by line number.</param>
/// <param name="Destination">For a document without header: the file the invoice now belongs to, null when it is gone.</param>
[MessagePackObject]
public sealed record InvoiceDocument(
    [property: Key(0)] string InvoiceId,
    [property: Key(1)] long Version,
    [property: Key(2)] InvoiceRow? Header,
    [property: Key(3)] IReadOnlyList<InvoiceLineRow> Lines,
    [property: Key(4)] string? Destination);
