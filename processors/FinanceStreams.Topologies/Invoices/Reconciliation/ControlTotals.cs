using finance.matching;
using finance.posting;

namespace FinanceStreams.Topologies.Invoices.Reconciliation;

/// <summary>A count and a gross sum.</summary>
public readonly record struct Total(long Count, decimal Gross)
{
    /// <summary>The total of some grosses.</summary>
    public static Total Of(IEnumerable<decimal> grosses)
    {
        var list = grosses.ToList();
        return new(list.Count, list.Sum());
    }

    /// <summary>Difference of two totals.</summary>
    public static Total operator -(Total a, Total b) => new(a.Count - b.Count, a.Gross - b.Gross);

    /// <summary>Sum of two totals.</summary>
    public static Total operator +(Total a, Total b) => new(a.Count + b.Count, a.Gross + b.Gross);
}

/// <summary>
/// Control totals of one (company, fiscal year, fiscal period, currency) (domain.md §8) and their
/// invariants: received = matched + pending + unmatched + duplicate, and commands emitted − reversals
/// = matched (a reversal takes back the command of a posted duplicate).
/// </summary>
public sealed record ControlTotals(
    Total Received,
    Total Matched,
    Total Pending,
    Total Unmatched,
    Total Duplicate,
    Total CommandsEmitted,
    Total ReversalsEmitted,
    Total CommandsPosted,
    Total CommandsRejected,
    Total CommandsUnacknowledged)
{
    /// <summary>received = matched + pending + unmatched + duplicate.</summary>
    public bool InvoicesBalanced => Received == Matched + Pending + Unmatched + Duplicate;

    /// <summary>commands emitted − reversals = matched.</summary>
    public bool CommandsBalanced => CommandsEmitted - ReversalsEmitted == Matched;

    /// <summary>The totals of some invoice and command contributions.</summary>
    public static ControlTotals Of(IReadOnlyCollection<InvoiceTally> invoices, IReadOnlyCollection<CommandTally> commands)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        ArgumentNullException.ThrowIfNull(commands);
        Total Invoices(InvoiceMatchStatus? status) => Total.Of(invoices.Where(i => status is null || i.Status == status).Select(i => i.Gross));
        Total Commands(Func<CommandTally, bool> which) => Total.Of(commands.Where(which).Select(c => c.Gross));
        return new(
            Invoices(null),
            Invoices(InvoiceMatchStatus.MATCHED),
            Invoices(InvoiceMatchStatus.PENDING),
            Invoices(InvoiceMatchStatus.UNMATCHED),
            Invoices(InvoiceMatchStatus.DUPLICATE),
            Commands(c => c.Kind == PostingDocumentType.KR),
            Commands(c => c.Kind == PostingDocumentType.KA),
            Commands(c => c.State == PostingState.POSTED),
            Commands(c => c.State == PostingState.REJECTED),
            Commands(c => c.State == PostingState.UNACKNOWLEDGED));
    }
}
