using FinanceStreams.Topologies.Budget;

namespace FinanceStreams.Host.Http;

/// <summary>A bucket's running consumption in its budget currency (domain.md §3), as the API returns it.</summary>
public sealed record BudgetView(
    string CostCenter,
    int FiscalYear,
    int FiscalPeriod,
    string Currency,
    decimal Budget,
    decimal PreCommitment,
    decimal Commitment,
    decimal Actual,
    decimal Consumed,
    decimal Available,
    decimal? UtilizationPct,
    decimal WarningThreshold,
    decimal Limit,
    string Status,
    string ControlLevel,
    int DocumentCount,
    int PendingDocumentCount,
    int ExceptionCount,
    DateTimeOffset LastEventTime)
{
    /// <summary>The view of <paramref name="figures"/>.</summary>
    public static BudgetView From(BucketFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new(
            figures.CostCenter,
            figures.FiscalYear,
            figures.FiscalPeriod,
            figures.Settings.Currency,
            figures.Budget,
            figures.PreCommitment,
            figures.Commitment,
            figures.Actual,
            figures.Consumed,
            figures.Available,
            figures.Utilization,
            figures.WarningThreshold,
            figures.Limit,
            figures.Status.ToString(),
            figures.Settings.Control.ControlLevel.ToString(),
            figures.DocumentCount,
            figures.PendingDocumentCount,
            figures.ExceptionCount,
            DateTimeOffset.FromUnixTimeMilliseconds(figures.LastEventTime));
    }
}
