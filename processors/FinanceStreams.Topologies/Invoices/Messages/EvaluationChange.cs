using FinanceStreams.Topologies.Invoices.Matching;
using MessagePack;

namespace FinanceStreams.Topologies.Invoices.Messages;

/// <summary>A purchase-order file's evaluation of one invoice, sent to the invoice's desk.</summary>
/// <param name="File">The file that evaluated it.</param>
/// <param name="Version">The invoice's document version evaluated.</param>
/// <param name="Evaluation">The evaluation; null when the invoice left the file.</param>
/// <param name="Destination">For an invoice that left: the file it went to (its evaluation comes from there), null when it is gone.</param>
[MessagePackObject]
public sealed record EvaluationChange([property: Key(0)] string File, [property: Key(1)] long Version, [property: Key(2)] InvoiceEvaluation? Evaluation, [property: Key(3)] string? Destination);
