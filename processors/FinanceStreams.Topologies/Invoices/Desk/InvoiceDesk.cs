using finance.matching;
using FinanceStreams.Topologies.Outputs;
using FinanceStreams.Topologies.Invoices.Completion;
using FinanceStreams.Topologies.Invoices.Duplicates;
using FinanceStreams.Topologies.Invoices.Matching;
using FinanceStreams.Topologies.Invoices.Posting;
using FinanceStreams.Topologies.Invoices.Reconciliation;
using FinanceStreams.Topologies.Rows;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Topologies.Invoices.Desk;

/// <summary>
/// The decisions of the invoice desk for one invoice (domain.md §5–§7): its status (the evaluation with
/// the grace period applied at the current stream time), the posting command on its first MATCHED
/// (never a second one: later changes are reported as CHANGED_AFTER_POSTING), the reversal of a posted
/// exact duplicate, exact-duplicate reports and unmatched/resolved events.
/// </summary>
public sealed class InvoiceDesk(InvoiceOptions options, ReferenceData reference)
{
    /// <summary>The new state and the outputs for <paramref name="evaluation"/> (null: the invoice is gone) at stream time <paramref name="now"/>.</summary>
    public (DeskState State, IReadOnlyList<DeskOutput> Outputs) Apply(DeskState state, InvoiceEvaluation? evaluation, long now, long eventTime)
    {
        ArgumentNullException.ThrowIfNull(state);
        var outputs = new List<DeskOutput>();
        var status = evaluation is null ? null : StatusOf(evaluation, now, state.Posted?.CommandId, eventTime);
        state = state with { Evaluation = evaluation };
        state = Post(state, status, eventTime, outputs);
        state = ReportDuplicate(state, status, eventTime, outputs);
        state = ReportChangeAfterPosting(state, status, outputs);
        ReportUnmatched(state.Status, status, outputs);
        return (Publish(state, status, outputs), outputs);
    }

    /// <summary>The end of the grace period of a waiting evaluation.</summary>
    public long Deadline(InvoiceEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return evaluation.Invoice.ReceivedAtMs + (long)options.GracePeriod.TotalMilliseconds;
    }

    private InvoiceStatusView StatusOf(InvoiceEvaluation evaluation, long now, string? commandId, long eventTime)
    {
        var deadline = Deadline(evaluation);
        var (status, pendingUntil) = evaluation.Outcome switch
        {
            MatchOutcome.Matched => (InvoiceMatchStatus.MATCHED, (long?)null),
            MatchOutcome.Waiting when now < deadline => (InvoiceMatchStatus.PENDING, deadline),
            MatchOutcome.Waiting or MatchOutcome.Unmatched => (InvoiceMatchStatus.UNMATCHED, null),
            MatchOutcome.Duplicate => (InvoiceMatchStatus.DUPLICATE, null),
            _ => (InvoiceMatchStatus.CANCELLED, null),
        };
        return new InvoiceStatusView(evaluation.Invoice, status, evaluation.Findings, evaluation.Verdict?.OriginalId, pendingUntil, commandId, eventTime);
    }

    private DeskState Post(DeskState state, InvoiceStatusView? status, long eventTime, List<DeskOutput> outputs)
    {
        var evaluation = state.Evaluation;
        if (state.Posted is null && status?.Status == InvoiceMatchStatus.MATCHED && evaluation?.Draft is { } draft)
        {
            var command = PostingCommandBuilder.Posting(draft, reference, evaluation.Lineage, options.RuleVersion, eventTime);
            if (!command.Balanced)
            {
                InvoiceMetrics.Unbalanced();
                return state;
            }

            Issue(command, outputs);
            return state with { Posted = command };
        }

        if (state.Posted is { } posted && state.ReversalId is null && status?.Status == InvoiceMatchStatus.DUPLICATE && evaluation?.Verdict is { } verdict)
        {
            var reversal = PostingCommandBuilder.Reversal(posted, evaluation.Lineage, eventTime);
            Issue(reversal, outputs);
            var report = Report(evaluation.Invoice, verdict, DuplicateKind.EXACT_AFTER_POSTING, reversal.CommandId, eventTime);
            outputs.Add(new DeskOutput { Duplicate = report });
            return state with { Reversal = reversal, ReportedDuplicate = report };
        }

        return state;
    }

    private static DeskState ReportDuplicate(DeskState state, InvoiceStatusView? status, long eventTime, List<DeskOutput> outputs)
    {
        var verdict = status?.Status == InvoiceMatchStatus.DUPLICATE ? state.Evaluation?.Verdict : null;
        var standing = state.ReportedDuplicate;
        if (verdict is not null && standing?.Original.InvoiceId != verdict.OriginalId)
        {
            var kind = state.Posted is null ? DuplicateKind.EXACT : DuplicateKind.EXACT_AFTER_POSTING;
            var report = Report(state.Evaluation!.Invoice, verdict, kind, state.ReversalId, eventTime);
            outputs.Add(new DeskOutput { Duplicate = report });
            return state with { ReportedDuplicate = report };
        }

        if (verdict is null && standing is not null)
        {
            outputs.Add(new DeskOutput { Duplicate = standing with { Withdrawn = true, EventTime = eventTime } });
            return state with { ReportedDuplicate = null };
        }

        return state;
    }

    private static DeskState ReportChangeAfterPosting(DeskState state, InvoiceStatusView? status, List<DeskOutput> outputs)
    {
        if (state.Posted is not { } posted || status?.Status == InvoiceMatchStatus.DUPLICATE)
        {
            return state;
        }

        var draft = status?.Status == InvoiceMatchStatus.MATCHED && state.ReversalId is null ? state.Evaluation?.Draft : null;
        var unchanged = draft is not null && TopologyJson.Canonical(draft) == TopologyJson.Canonical(posted.Draft);
        var change = unchanged ? null : TopologyJson.Canonical(new { status?.Status, status?.Findings, status?.Invoice, state.ReversalId });
        var invoice = status?.Invoice ?? state.Status?.Invoice;
        if (change is not null && change != state.ReportedChange && invoice is not null)
        {
            var reason = status is null ? "the invoice was deleted" : state.ReversalId is not null ? $"the command was reversed ({state.ReversalId}) and the invoice is {status.Status}" : $"the invoice is {status.Status}";
            var findings = (status?.Findings ?? []).Append(new Finding(MatchReason.CHANGED_AFTER_POSTING, Detail: $"{reason} after command {posted.CommandId} was issued")).ToList();
            var view = new InvoiceStatusView(invoice, status?.Status ?? InvoiceMatchStatus.UNMATCHED, findings, status?.OriginalId, status?.PendingUntil, posted.CommandId, status?.EventTime ?? posted.EventTime);
            outputs.Add(new DeskOutput { Unmatched = new UnmatchedView(UnmatchedEventType.CHANGED_AFTER_POSTING, view) });
        }

        return state with { ReportedChange = change };
    }

    private static void ReportUnmatched(InvoiceStatusView? before, InvoiceStatusView? after, List<DeskOutput> outputs)
    {
        var was = before?.Status == InvoiceMatchStatus.UNMATCHED;
        var @is = after?.Status == InvoiceMatchStatus.UNMATCHED;
        if (@is && !was)
        {
            outputs.Add(new DeskOutput { Unmatched = new UnmatchedView(UnmatchedEventType.UNMATCHED, after!) });
        }
        else if (was && !@is && after is not null)
        {
            outputs.Add(new DeskOutput { Unmatched = new UnmatchedView(UnmatchedEventType.RESOLVED, after) });
        }
    }

    private static DeskState Publish(DeskState state, InvoiceStatusView? status, List<DeskOutput> outputs)
    {
        status = status is null ? null : status with { CommandId = state.Posted?.CommandId };
        if (status is null ? state.Status is null : status.SameAs(state.Status))
        {
            return state;
        }

        outputs.Add(status is null ? new DeskOutput { StatusDeleted = true } : new DeskOutput { Status = status });
        outputs.Add(new DeskOutput { Tallied = true, Tally = Tally(status) });
        return state with { Status = status };
    }

    /// <summary>The control-totals contribution of an invoice with <paramref name="status"/> (none when cancelled or gone).</summary>
    public static InvoiceTally? Tally(InvoiceStatusView? status) => status is null || status.Status == InvoiceMatchStatus.CANCELLED
        ? null
        : new InvoiceTally(status.Invoice.InvoiceId, status.Invoice.CompanyCode, status.Invoice.InvoiceDate.Year, status.Invoice.InvoiceDate.Month, status.Invoice.Currency, status.Status, status.Invoice.GrossAmount);

    /// <summary>The outputs that issue <paramref name="command"/>: the command itself and its completion tracking.</summary>
    public static void Issue(CommandDocument command, List<DeskOutput> outputs)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(outputs);
        var draft = command.Draft;
        outputs.Add(new DeskOutput { Command = command });
        outputs.Add(new DeskOutput
        {
            Issued = new IssuedCommand(command.CommandId, command.DocumentType, draft.InvoiceId, draft.CompanyCode, draft.InvoiceDate.Year, draft.InvoiceDate.Month, draft.Currency, command.TotalCredit, command.EventTime),
        });
    }

    private static DuplicateReport Report(InvoiceRow invoice, DuplicateVerdict verdict, DuplicateKind kind, string? reversalId, long eventTime)
    {
        var original = verdict.Original;
        var originalParty = new DuplicateParty(original.InvoiceId, original.CompanyCode, original.SupplierId, original.Currency, original.SupplierInvoiceNumber,
            InvoiceNumber.Normalize(original.SupplierInvoiceNumber), original.InvoiceDate, original.GrossAmount, original.Source ?? invoice.Source);
        return new DuplicateReport(DuplicateParty.Of(invoice), originalParty, kind, verdict.Rule, reversalId, false, eventTime);
    }
}
