using finance.matching;
using FinanceStreams.Topologies.Invoices.Matching;
using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Invoices.Desk;

/// <summary>An invoice's status as published on <c>finance.invoice-status</c> (plain form).</summary>
/// <param name="Invoice">The header.</param>
/// <param name="Status">The status.</param>
/// <param name="Findings">Failing checks (PENDING and UNMATCHED).</param>
/// <param name="OriginalId">The original of an exact duplicate.</param>
/// <param name="PendingUntil">End of the grace period of a PENDING invoice.</param>
/// <param name="CommandId">The posting command issued for it.</param>
/// <param name="EventTime">Event time of this status.</param>
public sealed record InvoiceStatusView(InvoiceRow Invoice, InvoiceMatchStatus Status, IReadOnlyList<Finding> Findings, string? OriginalId, long? PendingUntil, string? CommandId, long EventTime)
{
    /// <summary>Whether <paramref name="other"/> says the same (event time aside).</summary>
    public bool SameAs(InvoiceStatusView? other) =>
        other is not null && Invoice == other.Invoice && Status == other.Status && Findings.SequenceEqual(other.Findings)
        && OriginalId == other.OriginalId && PendingUntil == other.PendingUntil && CommandId == other.CommandId;
}

/// <summary>An event of <c>finance.unmatched-invoices</c> (plain form).</summary>
/// <param name="Type">UNMATCHED, RESOLVED or CHANGED_AFTER_POSTING.</param>
/// <param name="Status">The invoice's status now.</param>
public sealed record UnmatchedView(UnmatchedEventType Type, InvoiceStatusView Status);
