using finance.budget;
using FinanceStreams.Contracts.Conversions;
using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>A budget availability check (domain.md §4) of one document against its bucket: consumed without the document, plus its amount.</summary>
public static class CheckOutputs
{
    /// <summary>The check of <paramref name="document"/> (which asks for one) in the bucket of <paramref name="bucket"/>.</summary>
    /// <remarks>With <paramref name="against"/> the bucket's budget and consumption are the ones the check was first decided on.</remarks>
    public static (BudgetCheckKey Key, BudgetCheck Value) Check(BucketFigures bucket, DocumentTotals document, CheckedAgainst? against = null)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        ArgumentNullException.ThrowIfNull(document);
        if (against is not null)
        {
            bucket = bucket with { Budget = against.Budget, PreCommitment = against.Consumed, Commitment = 0m, Actual = 0m };
        }

        var pending = document.Pending > 0;
        var amount = pending ? (decimal?)null : document.Converted;
        var consumedBefore = bucket.Consumed - document.Converted;
        var result = BudgetCheckService.Decide(new BudgetCheckInput(bucket.Settings.Control, bucket.Budget, consumedBefore, amount, pending ? document.PendingReason : null));
        var value = new BudgetCheck
        {
            document_type = document.CheckType!.Value,
            document_id = document.CheckDocumentId,
            document_version = document.CheckVersion,
            cost_center = bucket.CostCenter,
            fiscal_year = bucket.FiscalYear,
            fiscal_period = bucket.FiscalPeriod,
            currency = bucket.Settings.Currency,
            document_currency = document.Currency,
            document_amount = Money.Round2(document.CheckAmount).ToAvroDecimal(MoneyScale.Amount),
            amount = amount.ToAvroDecimal(MoneyScale.Amount),
            budget = bucket.Budget.ToAvroDecimal(MoneyScale.Amount),
            consumed_before = consumedBefore.ToAvroDecimal(MoneyScale.Amount),
            available_after = result.AvailableAfter.ToAvroDecimal(MoneyScale.Amount),
            warning_threshold = result.WarningThreshold.ToAvroDecimal(MoneyScale.Amount),
            limit = result.Limit.ToAvroDecimal(MoneyScale.Amount),
            control_level = bucket.Settings.Control.ControlLevel,
            decision = result.Decision,
            reason = result.Reason,
            event_time = AvroDateExtensions.FromEpochMilliseconds(document.EventTimeMs),
        };
        return (new BudgetCheckKey { document_type = value.document_type, document_id = value.document_id }, value);
    }
}
