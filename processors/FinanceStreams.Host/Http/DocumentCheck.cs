using FinanceStreams.Topologies.Budget;

namespace FinanceStreams.Host.Http;

/// <summary>
/// Whether a check re-checks a document already counted: a <c>documentId</c> that names a known document must name one of
/// the same type counted in the same bucket; then the decision subtracts the document's current amount, and says so.
/// </summary>
/// <param name="Recheck">The id names a document counted in the bucket.</param>
/// <param name="CurrentAmount">What it currently counts there (budget currency), when a re-check.</param>
/// <param name="Conflict">Why the id cannot be used for this check, or null.</param>
public sealed record DocumentCheck(bool Recheck, decimal? CurrentAmount, string? Conflict)
{
    /// <summary>The document check of <paramref name="check"/> against <paramref name="lookup"/> (found) and the buckets the id is <paramref name="known"/> in.</summary>
    public static DocumentCheck Of(ValidBudgetCheck check, BudgetLookup lookup, IReadOnlyList<KnownDocument> known)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(known);
        var bucket = Buckets.Key(check.CostCenter, check.Date.Year, check.Date.Month);
        var here = lookup.Items.Where(i => i.Check is { } c && string.Equals(c.DocumentId, check.DocumentId, StringComparison.Ordinal)).ToList();
        var otherType = here.FirstOrDefault(i => i.Check!.DocumentType != check.DocumentType);
        if (otherType is not null)
        {
            return Refused($"Document {check.DocumentId} is a {otherType.Check!.DocumentType} in bucket {bucket}, not a {check.DocumentType}; use a new id for a new document.");
        }

        var elsewhere = known.Where(d => d.DocumentType != check.DocumentType || Buckets.Key(d.CostCenter, d.FiscalYear, d.FiscalPeriod) != bucket).ToList();
        if (elsewhere.FirstOrDefault(d => d.DocumentType != check.DocumentType) is { } typed)
        {
            return Refused($"Document {check.DocumentId} is a {typed.DocumentType}, not a {check.DocumentType}; use a new id for a new document.");
        }

        if (here.Count == 0 && elsewhere.FirstOrDefault() is { } moved)
        {
            return Refused($"Document {check.DocumentId} is counted in bucket {Buckets.Key(moved.CostCenter, moved.FiscalYear, moved.FiscalPeriod)}, not {bucket}; re-check it there.");
        }

        return here.Count == 0
            ? new DocumentCheck(false, null, null)
            : new DocumentCheck(true, here.Where(i => i.Counts).Sum(i => i.Converted!.Value), null);
    }

    private static DocumentCheck Refused(string reason) => new(false, null, reason);
}
