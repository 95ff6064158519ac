using FinanceStreams.Topologies.Invoices.Matching;
using MessagePack;

namespace FinanceStreams.Topologies.Invoices.Messages;

/// <summary>What one source event changed of the invoices of one purchase-order file: every entry in one record, so the file evaluates once.</summary>
/// <param name="Entries">The changed invoices.</param>
/// <param name="Replayed">The ledger read its input again: the file re-sends every evaluation it holds.</param>
[MessagePackObject]
public sealed record FileUpdate([property: Key(0)] IReadOnlyList<FileEntry> Entries, [property: Key(1)] bool Replayed = false);

/// <summary>One invoice of a <see cref="FileUpdate"/>.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="Version">Its document version.</param>
/// <param name="Bundle">The invoice as the match rules read it; null when it left the file.</param>
/// <param name="Destination">For an invoice that left: the file it went to (null when it is gone).</param>
[MessagePackObject]
public sealed record FileEntry([property: Key(0)] string InvoiceId, [property: Key(1)] long Version, [property: Key(2)] InvoiceBundle? Bundle, [property: Key(3)] string? Destination);
