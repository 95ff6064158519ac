using finance.budget;

namespace FinanceStreams.Host.Http;

/// <summary>A requisition or purchase order already counted in a bucket, with its current counted amount (budget currency).</summary>
/// <param name="DocumentType">Its type.</param>
/// <param name="DocumentId">Its id.</param>
/// <param name="CostCenter">Its bucket's cost center.</param>
/// <param name="FiscalYear">Its bucket's fiscal year.</param>
/// <param name="FiscalPeriod">Its bucket's fiscal period.</param>
/// <param name="Amount">What it currently counts in that bucket.</param>
public sealed record KnownDocument(BudgetDocumentType DocumentType, string DocumentId, string CostCenter, int FiscalYear, int FiscalPeriod, decimal Amount);
