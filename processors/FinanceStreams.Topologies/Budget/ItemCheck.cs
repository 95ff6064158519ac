using finance.budget;

namespace FinanceStreams.Topologies.Budget;

/// <summary>Marks a contribution whose document asks for a budget availability check.</summary>
/// <param name="DocumentType">Requisition or purchase order.</param>
/// <param name="DocumentId">Requisition or PO id.</param>
/// <param name="Version">Source lsn of the document version.</param>
/// <param name="DocumentAmount">Amount of this line in document currency (the check's trigger when it changes).</param>
public sealed record ItemCheck(BudgetDocumentType DocumentType, string DocumentId, long Version, decimal DocumentAmount);
