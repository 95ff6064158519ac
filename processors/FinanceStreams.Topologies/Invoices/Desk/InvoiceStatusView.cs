using finance.matching;
using FinanceStreams.Topologies.Invoices.Matching;
using FinanceStreams.Topologies.Rows;
using MessagePack;

namespace FinanceStreams.Topologies.Invoices.Desk;

/// <summary>An invoice's status as published on <c>finance.invoice-status</c> (plain form).</summary>
/// <param name="Invoice">The header.</param>
/// <param name="Status">The status.</param>
/// <param name="Findings">Failing checks (PENDING and UNMATCHED).</param>
/// <param name="OriginalId">The original of an exact duplicate.</param>
/// <param name="PendingUntil">End of the grace period of a PENDING invoice.</param>
/// <param name="CommandId">The posting command issued for it.</param>
/// <param name="EventTime">Event time of this status.</param>
[MessagePackObject]
public sealed record InvoiceStatusView([property: Key(0)] InvoiceRow Invoice, [property: Key(1)] InvoiceMatchStatus Status, [property: Key(2)] IReadOnlyList<Finding> Findings, [property: Key(3)] string? OriginalId, [property: Key(4)] long? PendingUntil, [property: Key(5)] string? CommandId, [property: Key(6)] long EventTime)
{
    /// <summary>Whether <paramref name="other"/> says the same, as of the same event time (a status's time follows from its data, so a replay of the same history publishes the same last record).</summary>
    public bool SameAs(InvoiceStatusView? other) =>
        other is not null && Invoice == other.Invoice && Status == other.Status && Findings.SequenceEqual(other.Findings)
        && OriginalId == other.OriginalId && PendingUntil == other.PendingUntil && CommandId == other.CommandId && EventTime == other.EventTime;
}

/// <summary>An event of <c>finance.unmatched-invoices</c> (plain form).</summary>
/// <param name="Type">UNMATCHED, RESOLVED or CHANGED_AFTER_POSTING.</param>
/// <param name="Status">The invoice's status now.</param>
[MessagePackObject]
public sealed record UnmatchedView([property: Key(0)] UnmatchedEventType Type, [property: Key(1)] InvoiceStatusView Status);
