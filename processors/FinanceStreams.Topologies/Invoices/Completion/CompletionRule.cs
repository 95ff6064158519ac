using finance.erp;
using finance.posting;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Invoices.Completion;

/// <summary>
/// Posting completion (domain.md §8): POSTED when an acknowledgement says so (the latest POSTED one wins, so a command
/// the ERP first rejected and then posted is complete), else REJECTED with the ERP's error, else UNACKNOWLEDGED once
/// stream time reaches the command's event time + the timeout, else awaiting. The state's event time follows from the
/// data alone: the deciding acknowledgement's, the deadline's, or the command's. Commands and acknowledgements meet
/// under the command id, so their order does not matter.
/// </summary>
public static class CompletionRule
{
    /// <summary>The state of <paramref name="command"/> at stream time <paramref name="now"/>, or null before the command is known.</summary>
    public static PostingStatusView? Decide(IssuedCommand? command, IEnumerable<GlPostingRow> acknowledgements, TimeSpan timeout, long now)
    {
        ArgumentNullException.ThrowIfNull(acknowledgements);
        if (command is null)
        {
            return null;
        }

        var acks = acknowledgements.Where(a => a.CommandId == command.CommandId).ToList();
        var deadline = command.IssuedAtMs + (long)timeout.TotalMilliseconds;
        var posted = Latest(acks, GlPostingStatus.POSTED);
        var rejected = Latest(acks, GlPostingStatus.REJECTED);
        var ack = posted ?? rejected;
        var state = posted is not null ? PostingState.POSTED
            : rejected is not null ? PostingState.REJECTED
            : now >= deadline ? PostingState.UNACKNOWLEDGED
            : PostingState.AWAITING_ACKNOWLEDGEMENT;
        var eventTime = ack is not null ? Math.Max(ack.Source.TsMs, command.IssuedAtMs) : state == PostingState.UNACKNOWLEDGED ? deadline : command.IssuedAtMs;
        return new PostingStatusView(command, state, ack, deadline, eventTime);
    }

    private static GlPostingRow? Latest(IEnumerable<GlPostingRow> acks, GlPostingStatus status) =>
        acks.Where(a => a.Status == status).OrderBy(a => a.PostedAtMs).ThenBy(a => a.PostingId, StringComparer.Ordinal).LastOrDefault();
}
