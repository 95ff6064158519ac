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

    /// <summary>The figures of running totals under a cost center's settings.</summary>
    public static BucketFigures From(Consumption.BucketRef bucket, Consumption.Bucketing.BucketTotals totals, CostCenterRow costCenter, IReadOnlyList<SourceRef> lineage)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(costCenter);
        var control = new Rules.BudgetControl(costCenter.ControlLevel, costCenter.WarningPct, costCenter.TolerancePct, costCenter.ToleranceAmount);
        var settings = new CostCenterSettings(costCenter.CompanyCode, costCenter.BudgetCurrency, control, costCenter.Source.Lsn);
        return new BucketFigures(bucket.CostCenter, bucket.Year, bucket.Period, settings, totals.Budget, totals.PreCommitment, totals.Commitment, totals.Actual,
            Rules.BudgetStatusRule.Utilization(totals.Budget, totals.Consumed), control.WarningThreshold(totals.Budget), control.Limit(totals.Budget),
            Rules.BudgetStatusRule.Evaluate(control, totals.Budget, totals.Consumed), totals.Documents, totals.PendingDocuments, totals.ExceptionDocuments,
            totals.LastEventTimeMs, lineage);
    }
}
