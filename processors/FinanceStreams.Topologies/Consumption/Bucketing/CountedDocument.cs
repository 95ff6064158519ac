using finance.budget;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>A requisition or PO counted in a bucket, with what it counts there now (budget currency; 0 while pending).</summary>
public sealed record CountedDocument(BudgetDocumentType DocumentType, string DocumentId, string CostCenter, int FiscalYear, int FiscalPeriod, decimal Amount);
