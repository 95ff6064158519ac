using FinanceStreams.Topologies.Invoices.Posting;
using FinanceStreams.Topologies.Rows;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Topologies.Invoices.Matching;

/// <summary>The match rules' verdict on one invoice, from the data alone (no clock).</summary>
/// <param name="Invoice">The header evaluated.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Findings">Every failed check, in line order.</param>
/// <param name="Verdict">The exact-duplicate verdict when <see cref="MatchOutcome.Duplicate"/>.</param>
/// <param name="Draft">What to post, when <see cref="MatchOutcome.Matched"/>.</param>
/// <param name="Lineage">The source events the evaluation read.</param>
public sealed record InvoiceEvaluation(
    InvoiceRow Invoice,
    MatchOutcome Outcome,
    IReadOnlyList<Finding> Findings,
    DuplicateVerdict? Verdict,
    PostingDraft? Draft,
    IReadOnlyList<SourceRef> Lineage);
