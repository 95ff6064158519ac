using finance.erp;
using finance.posting;
using FinanceStreams.Topologies.CoGrouping;

namespace FinanceStreams.Topologies.Invoices.Completion;

/// <summary>
/// Posting completion (domain.md §8): POSTED when an acknowledgement says so (the latest POSTED one
/// wins, so a command the ERP first rejected and then posted is complete), else REJECTED with the
/// ERP's error, else UNACKNOWLEDGED once stream time reaches issue time + the timeout, else awaiting.
/// Acknowledgements and commands meet in one dossier, so their order does not matter.
/// </summary>
public static class CompletionRule
{
    /// <summary>The state of the command of <paramref name="dossier"/> at stream time <paramref name="now"/>, or null before the command is known.</summary>
    public static PostingStatusView? Decide(string commandId, Dossier dossier, TimeSpan timeout, long now, long eventTime)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var command = dossier.One(p => p.Issued);
        if (command is null)
        {
            return null;
        }

        var acks = dossier.All(p => p.Acknowledgement).Where(a => a.CommandId == commandId).ToList();
        var deadline = command.IssuedAtMs + (long)timeout.TotalMilliseconds;
        var posted = Latest(acks, GlPostingStatus.POSTED);
        var rejected = Latest(acks, GlPostingStatus.REJECTED);
        var ack = posted ?? rejected;
        var state = posted is not null ? PostingState.POSTED
            : rejected is not null ? PostingState.REJECTED
            : now >= deadline ? PostingState.UNACKNOWLEDGED
            : PostingState.AWAITING_ACKNOWLEDGEMENT;
        return new PostingStatusView(command, state, ack, deadline, eventTime);
    }

    private static Rows.GlPostingRow? Latest(IEnumerable<Rows.GlPostingRow> acks, GlPostingStatus status) =>
        acks.Where(a => a.Status == status).OrderBy(a => a.PostedAtMs).ThenBy(a => a.PostingId, StringComparer.Ordinal).LastOrDefault();
}
