using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Host.Http;

/// <summary>A check decided on a bucket's figures: the input given to <see cref="BudgetCheckService"/>, its result, and whether it re-checked a known document.</summary>
/// <param name="Check">The validated request.</param>
/// <param name="Bucket">The figures of the document's bucket.</param>
/// <param name="Input">What the decision was taken on.</param>
/// <param name="Result">The decision.</param>
/// <param name="Document">Whether the check re-checks a document counted in the bucket, and its current amount.</param>
public sealed record BudgetCheckDecision(ValidBudgetCheck Check, BucketFigures Bucket, BudgetCheckInput Input, BudgetCheckResult Result, DocumentCheck Document)
{
    /// <summary>
    /// Decides <paramref name="check"/> on <paramref name="lookup"/> (found, same currency as the budget) as the topology does:
    /// consumed without the document's own counted contributions (a re-check, <paramref name="document"/>), plus its amount.
    /// </summary>
    public static BudgetCheckDecision Decide(ValidBudgetCheck check, BudgetLookup lookup, DocumentCheck document)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(document);
        if (document.Conflict is not null)
        {
            throw new ArgumentException("A conflicting document cannot be decided.", nameof(document));
        }

        var bucket = lookup.Figures ?? throw new ArgumentException("The lookup found no figures.", nameof(lookup));
        var input = new BudgetCheckInput(bucket.Settings.Control, bucket.Budget, bucket.Consumed - (document.CurrentAmount ?? 0m), Money.Round2(check.Amount));
        return new BudgetCheckDecision(check, bucket, input, BudgetCheckService.Decide(input), document);
    }
}
