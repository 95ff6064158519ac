using finance.budget;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Budget;

/// <summary>Running consumption of one bucket in budget currency (domain.md §3).</summary>
public sealed record BucketFigures(
    string CostCenter,
    int FiscalYear,
    int FiscalPeriod,
    CostCenterSettings Settings,
    decimal Budget,
    decimal PreCommitment,
    decimal Commitment,
    decimal Actual,
    decimal? Utilization,
    decimal WarningThreshold,
    decimal Limit,
    BudgetStatus Status,
    int DocumentCount,
    int PendingDocumentCount,
    int ExceptionCount,
    long LastEventTime,
    IReadOnlyList<SourceRef> Lineage)
{
    /// <summary>pre_commitment + commitment + actual.</summary>
    public decimal Consumed => PreCommitment + Commitment + Actual;

    /// <summary>budget − consumed.</summary>
    public decimal Available => Budget - Consumed;
}
