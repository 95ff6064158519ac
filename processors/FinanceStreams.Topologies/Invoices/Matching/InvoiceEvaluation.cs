using FinanceStreams.Topologies.Invoices.Posting;
using FinanceStreams.Topologies.Rows;
using FinanceStreams.Topologies.Rules;
using MessagePack;

namespace FinanceStreams.Topologies.Invoices.Matching;

/// <summary>The match rules' verdict on one invoice, from the data alone (no clock).</summary>
/// <param name="Invoice">The header evaluated.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Findings">Every failed check, in line order.</param>
/// <param name="Verdict">The exact-duplicate verdict when <see cref="MatchOutcome.Duplicate"/>.</param>
/// <param name="Draft">What to post, when <see cref="MatchOutcome.Matched"/>.</param>
/// <param name="Lineage">The source events the evaluation read.</param>
[MessagePackObject]
public sealed record InvoiceEvaluation(
    [property: Key(0)] InvoiceRow Invoice,
    [property: Key(1)] MatchOutcome Outcome,
    [property: Key(2)] IReadOnlyList<Finding> Findings,
    [property: Key(3)] DuplicateVerdict? Verdict,
    [property: Key(4)] PostingDraft? Draft,
    [property: Key(5)] IReadOnlyList<SourceRef> Lineage);
