using finance.budget;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Topologies.Budget;

/// <summary>The output records of a bucket's figures: its consumption, its key and the alert of a status change.</summary>
public static class BudgetOutputs
{
    /// <summary>The alert that a bucket's status moved from <paramref name="oldStatus"/> (null: new bucket) to its current one.</summary>
    public static BudgetAlert ToAlert(BucketFigures after, BudgetStatus? oldStatus)
    {
        ArgumentNullException.ThrowIfNull(after);
        return new BudgetAlert
        {
            cost_center = after.CostCenter,
            fiscal_year = after.FiscalYear,
            fiscal_period = after.FiscalPeriod,
            currency = after.Settings.Currency,
            old_status = oldStatus,
            new_status = after.Status,
            budget = after.Budget.ToAvroDecimal(MoneyScale.Amount),
            consumed = after.Consumed.ToAvroDecimal(MoneyScale.Amount),
            available = after.Available.ToAvroDecimal(MoneyScale.Amount),
            limit = after.Limit.ToAvroDecimal(MoneyScale.Amount),
            utilization_pct = after.Utilization.ToAvroDecimal(4),
            event_time = AvroDateExtensions.FromEpochMilliseconds(after.LastEventTime),
        };
    }

    /// <summary>The output key of a bucket.</summary>
    public static BudgetBucketKey Key(BucketFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new BudgetBucketKey { cost_center = figures.CostCenter, fiscal_year = figures.FiscalYear, fiscal_period = figures.FiscalPeriod };
    }

    /// <summary>The consumption record of a bucket.</summary>
    public static BudgetConsumption ToConsumption(BucketFigures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new BudgetConsumption
        {
            cost_center = f.CostCenter,
            fiscal_year = f.FiscalYear,
            fiscal_period = f.FiscalPeriod,
            company_code = f.Settings.CompanyCode,
            currency = f.Settings.Currency,
            control_level = f.Settings.Control.ControlLevel,
            budget = f.Budget.ToAvroDecimal(MoneyScale.Amount),
            pre_commitment = f.PreCommitment.ToAvroDecimal(MoneyScale.Amount),
            commitment = f.Commitment.ToAvroDecimal(MoneyScale.Amount),
            actual = f.Actual.ToAvroDecimal(MoneyScale.Amount),
            consumed = f.Consumed.ToAvroDecimal(MoneyScale.Amount),
            available = f.Available.ToAvroDecimal(MoneyScale.Amount),
            utilization_pct = f.Utilization.ToAvroDecimal(4),
            warning_threshold = f.WarningThreshold.ToAvroDecimal(MoneyScale.Amount),
            limit = f.Limit.ToAvroDecimal(MoneyScale.Amount),
            status = f.Status,
            document_count = f.DocumentCount,
            pending_document_count = f.PendingDocumentCount,
            exception_count = f.ExceptionCount,
            last_event_time = AvroDateExtensions.FromEpochMilliseconds(f.LastEventTime),
        };
    }
}
