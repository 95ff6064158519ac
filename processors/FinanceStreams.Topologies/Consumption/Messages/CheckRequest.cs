using finance.budget;
using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Messages;

/// <summary>Marks a contribution whose document asks for a budget availability check (domain.md §4).</summary>
/// <param name="DocumentType">Requisition or purchase order.</param>
/// <param name="DocumentId">Requisition or PO id.</param>
/// <param name="Version">Source lsn of the document version.</param>
/// <param name="DocumentAmount">This line's amount in document currency.</param>
[MessagePackObject]
public sealed record CheckRequest([property: Key(0)] BudgetDocumentType DocumentType, [property: Key(1)] string DocumentId, [property: Key(2)] long Version, [property: Key(3)] decimal DocumentAmount);
