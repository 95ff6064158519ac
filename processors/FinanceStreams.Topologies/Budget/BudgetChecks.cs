using finance.budget;
using FinanceStreams.Contracts.Conversions;
using FinanceStreams.Topologies.Outputs;
using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Rules;
using StreamKit.Dsl;

namespace FinanceStreams.Topologies.Budget;

/// <summary>
/// Budget availability checks (domain.md §4) of the documents of a bucket that ask for one (a
/// SUBMITTED requisition, a RELEASED PO). A document is checked when its check identity in the
/// bucket changes: it appears, its document amount or currency changes (a released PO whose
/// amount changes), or it stops being pending (a missing FX rate arrived). Decided by
/// <see cref="BudgetCheckService"/> with consumed without the document and its converted amount.
/// </summary>
public static class BudgetChecks
{
    /// <summary>The checks a bucket change triggers.</summary>
    public static IEnumerable<Emission<BudgetCheckKey, BudgetCheck>> Checks(string bucket, Change<Dossier> change)
    {
        var after = BucketCalculator.Compute(change.New.HasValue ? change.New.Value : null);
        if (after is null)
        {
            yield break;
        }

        var before = Identities(BucketCalculator.Items(change.Old.HasValue ? change.Old.Value : null));
        var items = BucketCalculator.Items(change.New.Value);
        foreach (var (document, identity) in Identities(items))
        {
            if (before.TryGetValue(document, out var previous) && previous == identity)
            {
                continue;
            }

            var own = items.Where(i => i.Check is not null && i.DocumentId == document).ToList();
            yield return Check(after, own);
        }
    }

    private static Emission<BudgetCheckKey, BudgetCheck> Check(BucketFigures bucket, IReadOnlyList<BudgetItem> own)
    {
        var check = own[0].Check!;
        var pending = own.Any(i => i.Pending is not null);
        var amount = pending ? (decimal?)null : own.Where(i => i.Counts).Sum(i => i.Converted!.Value);
        var consumedBefore = bucket.Consumed - own.Where(i => i.Counts).Sum(i => i.Converted!.Value);
        var result = BudgetCheckService.Decide(new BudgetCheckInput(bucket.Settings.Control, bucket.Budget, consumedBefore, amount, pending ? own.First(i => i.Pending is not null).Pending : null));
        var eventTime = own.Max(i => i.EventTime);
        var value = new BudgetCheck
        {
            document_type = check.DocumentType,
            document_id = check.DocumentId,
            document_version = own.Max(i => i.Check!.Version),
            cost_center = bucket.CostCenter,
            fiscal_year = bucket.FiscalYear,
            fiscal_period = bucket.FiscalPeriod,
            currency = bucket.Settings.Currency,
            document_currency = own[0].Currency,
            document_amount = Money.Round2(own.Sum(i => i.Check!.DocumentAmount)).ToAvroDecimal(MoneyScale.Amount),
            amount = amount.ToAvroDecimal(MoneyScale.Amount),
            budget = bucket.Budget.ToAvroDecimal(MoneyScale.Amount),
            consumed_before = consumedBefore.ToAvroDecimal(MoneyScale.Amount),
            available_after = result.AvailableAfter.ToAvroDecimal(MoneyScale.Amount),
            warning_threshold = result.WarningThreshold.ToAvroDecimal(MoneyScale.Amount),
            limit = result.Limit.ToAvroDecimal(MoneyScale.Amount),
            control_level = bucket.Settings.Control.ControlLevel,
            decision = result.Decision,
            reason = result.Reason,
            event_time = AvroDateExtensions.FromEpochMilliseconds(eventTime),
        };
        var key = new BudgetCheckKey { document_type = check.DocumentType, document_id = check.DocumentId };
        return new(key, value, eventTime, [.. own.SelectMany(i => i.Lineage).Distinct()]);
    }

    private static Dictionary<string, string> Identities(IReadOnlyList<BudgetItem> items) =>
        items.Where(i => i.Check is not null && i.Settings is not null)
            .GroupBy(i => i.DocumentId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => $"{g.First().Currency}|{g.Sum(i => i.Check!.DocumentAmount)}|{g.Any(i => i.Pending is not null)}|{g.Any(i => i.Converted is null)}",
                StringComparer.Ordinal);
}
