using finance.matching;
using finance.posting;
using MessagePack;

namespace FinanceStreams.Topologies.Invoices.Reconciliation;

/// <summary>A count and a gross sum.</summary>
[MessagePackObject]
public readonly record struct Total([property: Key(0)] long Count, [property: Key(1)] decimal Gross)
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
[MessagePackObject]
public sealed record ControlTotals(
    [property: Key(0)] Total Received,
    [property: Key(1)] Total Matched,
    [property: Key(2)] Total Pending,
    [property: Key(3)] Total Unmatched,
    [property: Key(4)] Total Duplicate,
    [property: Key(5)] Total CommandsEmitted,
    [property: Key(6)] Total ReversalsEmitted,
    [property: Key(7)] Total CommandsPosted,
    [property: Key(8)] Total CommandsRejected,
    [property: Key(9)] Total CommandsUnacknowledged)
{
    /// <summary>No contribution.</summary>
    public static ControlTotals Empty { get; } = new(default, default, default, default, default, default, default, default, default, default);

    /// <summary>received = matched + pending + unmatched + duplicate.</summary>
    [IgnoreMember]
    public bool InvoicesBalanced => Received == Matched + Pending + Unmatched + Duplicate;

    /// <summary>commands emitted − reversals = matched.</summary>
    [IgnoreMember]
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

    /// <summary>These totals with <paramref name="tally"/> added (<paramref name="sign"/> 1) or taken out (-1); null changes nothing.</summary>
    public ControlTotals Plus(InvoiceTally? tally, int sign)
    {
        if (tally is null)
        {
            return this;
        }

        var one = new Total(sign, sign * tally.Gross);
        Total If(InvoiceMatchStatus status, Total total) => tally.Status == status ? total + one : total;
        return this with
        {
            Received = Received + one,
            Matched = If(InvoiceMatchStatus.MATCHED, Matched),
            Pending = If(InvoiceMatchStatus.PENDING, Pending),
            Unmatched = If(InvoiceMatchStatus.UNMATCHED, Unmatched),
            Duplicate = If(InvoiceMatchStatus.DUPLICATE, Duplicate),
        };
    }

    /// <summary>These totals with <paramref name="tally"/> added (<paramref name="sign"/> 1) or taken out (-1); null changes nothing.</summary>
    public ControlTotals Plus(CommandTally? tally, int sign)
    {
        if (tally is null)
        {
            return this;
        }

        var one = new Total(sign, sign * tally.Gross);
        Total If(bool counts, Total total) => counts ? total + one : total;
        return this with
        {
            CommandsEmitted = If(tally.Kind == PostingDocumentType.KR, CommandsEmitted),
            ReversalsEmitted = If(tally.Kind == PostingDocumentType.KA, ReversalsEmitted),
            CommandsPosted = If(tally.State == PostingState.POSTED, CommandsPosted),
            CommandsRejected = If(tally.State == PostingState.REJECTED, CommandsRejected),
            CommandsUnacknowledged = If(tally.State == PostingState.UNACKNOWLEDGED, CommandsUnacknowledged),
        };
    }
}
