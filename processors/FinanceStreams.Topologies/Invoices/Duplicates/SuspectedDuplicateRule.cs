namespace FinanceStreams.Topologies.Invoices.Duplicates;

/// <summary>
/// Suspected duplicates (domain.md §5): two invoices, neither cancelled nor an exact duplicate, with the
/// same company, supplier and currency, different normalized numbers, gross amounts at most 1% of the
/// larger apart and invoice dates at most 7 days apart.
/// </summary>
public static class SuspectedDuplicateRule
{
    /// <summary>Rule text reported with each suspected pair.</summary>
    public const string RuleText = "SUSPECTED: same company_code, supplier_id and currency, different normalized numbers, |gross difference| <= 1% of the larger gross, invoice dates <= 7 days apart";

    /// <summary>Largest gross difference, in percent of the larger gross.</summary>
    public const decimal GrossTolerancePct = 1m;

    /// <summary>Most days between the two invoice dates.</summary>
    public const int MaxDaysApart = 7;

    /// <summary>Whether two invoices of the same company, supplier and currency are suspected duplicates of each other.</summary>
    public static bool IsSuspected(DuplicateParty a, DuplicateParty b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.InvoiceId == b.InvoiceId || a.CompanyCode != b.CompanyCode || a.SupplierId != b.SupplierId || a.Currency != b.Currency || a.NormalizedNumber == b.NormalizedNumber)
        {
            return false;
        }

        var larger = Math.Max(Math.Abs(a.Gross), Math.Abs(b.Gross));
        return Math.Abs(a.Gross - b.Gross) <= larger * GrossTolerancePct / 100m
            && Math.Abs(a.InvoiceDate.DayNumber - b.InvoiceDate.DayNumber) <= MaxDaysApart;
    }

    /// <summary>The pair as (earlier, later) by invoice date, then id.</summary>
    public static (DuplicateParty Original, DuplicateParty Duplicate) Order(DuplicateParty a, DuplicateParty b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var aFirst = a.InvoiceDate < b.InvoiceDate || (a.InvoiceDate == b.InvoiceDate && string.CompareOrdinal(a.InvoiceId, b.InvoiceId) < 0);
        return aFirst ? (a, b) : (b, a);
    }
}
