using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Host.Http;

/// <summary>A check decided on a bucket's figures: the input given to <see cref="BudgetCheckService"/> and its result.</summary>
/// <param name="Check">The validated request.</param>
/// <param name="Bucket">The figures of the document's bucket.</param>
/// <param name="Input">What the decision was taken on.</param>
/// <param name="Result">The decision.</param>
public sealed record BudgetCheckDecision(ValidBudgetCheck Check, BucketFigures Bucket, BudgetCheckInput Input, BudgetCheckResult Result)
{
    /// <summary>
    /// Decides <paramref name="check"/> on <paramref name="lookup"/> (found, same currency as the budget) as the
    /// topology does: consumed without the document's own counted contributions, plus its amount.
    /// </summary>
    public static BudgetCheckDecision Decide(ValidBudgetCheck check, BudgetLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(lookup);
        var bucket = lookup.Figures ?? throw new ArgumentException("The lookup found no figures.", nameof(lookup));
        var own = lookup.Items
            .Where(i => i.Counts && i.Check is { } c && c.DocumentType == check.DocumentType && string.Equals(c.DocumentId, check.DocumentId, StringComparison.Ordinal))
            .Sum(i => i.Converted!.Value);
        var input = new BudgetCheckInput(bucket.Settings.Control, bucket.Budget, bucket.Consumed - own, Money.Round2(check.Amount));
        return new BudgetCheckDecision(check, bucket, input, BudgetCheckService.Decide(input));
    }
}
