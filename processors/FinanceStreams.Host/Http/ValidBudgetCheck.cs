using finance.budget;

namespace FinanceStreams.Host.Http;

/// <summary>A <see cref="BudgetCheckRequest"/> that passed validation.</summary>
/// <param name="DocumentType">Requisition or purchase order.</param>
/// <param name="DocumentId">Document id.</param>
/// <param name="CostCenter">Cost center.</param>
/// <param name="Date">Document date.</param>
/// <param name="Currency">Currency of <paramref name="Amount"/>.</param>
/// <param name="Amount">Amount in <paramref name="Currency"/>.</param>
public sealed record ValidBudgetCheck(BudgetDocumentType DocumentType, string DocumentId, string CostCenter, DateOnly Date, string Currency, decimal Amount);
