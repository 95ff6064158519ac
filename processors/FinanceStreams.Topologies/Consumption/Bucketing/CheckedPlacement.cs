using finance.budget;
using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>
/// Index entry: the checked document (requisition or PO) counts in this bucket, under this contribution document.
/// Lets the budget API find every bucket a document id is counted in without scanning buckets.
/// </summary>
[MessagePackObject]
public sealed record CheckedPlacement(
    [property: Key(0)] BudgetDocumentType DocumentType,
    [property: Key(1)] string CostCenter,
    [property: Key(2)] int FiscalYear,
    [property: Key(3)] int FiscalPeriod,
    [property: Key(4)] string DocumentKey);
