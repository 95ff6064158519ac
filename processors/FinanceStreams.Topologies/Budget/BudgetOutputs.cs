using finance.budget;
using FinanceStreams.Contracts.Conversions;
using FinanceStreams.Topologies.Outputs;
using FinanceStreams.Topologies.CoGrouping;
using StreamKit.Dsl;

namespace FinanceStreams.Topologies.Budget;

/// <summary>What a change of a bucket dossier emits: its consumption (or a tombstone) and an alert when the status changed.</summary>
public static class BudgetOutputs
{
    /// <summary>The bucket's consumption; a tombstone when its last contribution left.</summary>
    public static IEnumerable<Emission<BudgetBucketKey, BudgetConsumption>> Consumption(string bucket, Change<Dossier> change)
    {
        var before = BucketCalculator.Compute(change.Old.HasValue ? change.Old.Value : null);
        var after = BucketCalculator.Compute(change.New.HasValue ? change.New.Value : null);
        if (after is not null)
        {
            yield return new(Key(after), ToConsumption(after), after.LastEventTime, after.Lineage);
        }
        else if (before is not null)
        {
            yield return new(Key(before), null, before.LastEventTime, before.Lineage);
        }
    }

    /// <summary>An alert when the status differs from the one before (none before for a new bucket).</summary>
    public static IEnumerable<Emission<BudgetBucketKey, BudgetAlert>> Alerts(string bucket, Change<Dossier> change)
    {
        var before = BucketCalculator.Compute(change.Old.HasValue ? change.Old.Value : null);
        var after = BucketCalculator.Compute(change.New.HasValue ? change.New.Value : null);
        if (after is null || before?.Status == after.Status)
        {
            yield break;
        }

        yield return new(Key(after), ToAlert(after, before?.Status), after.LastEventTime, after.Lineage);
    }

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
