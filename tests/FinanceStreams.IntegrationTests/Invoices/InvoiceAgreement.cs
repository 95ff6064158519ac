using finance.matching;
using finance.posting;
using FinanceStreams.IntegrationTests.Infrastructure;
using FinanceStreams.Tests.Property;
using FinanceStreams.Topologies.Invoices.Posting;

namespace FinanceStreams.IntegrationTests.Invoices;

/// <summary>
/// Whether the invoice results on the broker agree with the batch computation. Stream time is per task on
/// the broker, so an invoice that only waits for data may still be PENDING where the batch says UNMATCHED
/// (its task saw no later event); both are accepted for those.
/// </summary>
internal static class InvoiceAgreement
{
    /// <summary>The first invoice whose status, reasons or original differ, or that must be posted and is not; null when all agree.</summary>
    public static string? Compare(ExpectedInvoices expected, IReadOnlyDictionary<string, InvoiceStatus> statuses, IReadOnlyList<CommandRecord> commands)
    {
        var posted = commands.Where(c => c.Command.document_type == PostingDocumentType.KR).Select(c => c.Command.command_id).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, e) in expected.Invoices)
        {
            if (!statuses.TryGetValue(id, out var actual))
            {
                return $"{id}: no status yet; expected {e}";
            }

            var waitingOnly = e.Reasons.Count > 0 && e.Reasons.All(r => r is MatchReason.PO_LINE_NOT_FOUND or MatchReason.NOT_RECEIVED);
            var statusOk = actual.status == e.Status || (waitingOnly && actual.status is InvoiceMatchStatus.PENDING or InvoiceMatchStatus.UNMATCHED);
            var reasons = actual.findings.Select(f => f.reason).Distinct().Order().ToList();
            if (!statusOk || !reasons.SequenceEqual(e.Reasons) || (e.Status == InvoiceMatchStatus.DUPLICATE && actual.original_invoice_id != e.OriginalId))
            {
                return $"{id}: expected {e}; actual {actual.status} [{string.Join(",", reasons)}]";
            }

            if (e.Postable && !posted.Contains(CommandIds.Posting(id)))
            {
                return $"{id}: matched but not posted yet";
            }
        }

        return null;
    }

    /// <summary>
    /// A command id written more than once: any repeat when <paramref name="copiesAllowed"/> is false; otherwise
    /// only a repeat whose content differs (a replayed copy is the same command, which the idempotent ERP drops by id).
    /// </summary>
    public static string? RepeatedCommand(IReadOnlyList<CommandRecord> commands, bool copiesAllowed)
    {
        foreach (var copies in commands.GroupBy(c => c.Command.command_id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            if (!copiesAllowed)
            {
                return $"command {copies.Key} written {copies.Count()} times";
            }

            if (copies.Select(c => Convert.ToHexString(c.Value)).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                return $"command {copies.Key} written {copies.Count()} times with different contents";
            }
        }

        return null;
    }
}
