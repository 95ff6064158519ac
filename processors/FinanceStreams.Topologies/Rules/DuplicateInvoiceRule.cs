using finance.erp;

namespace FinanceStreams.Topologies.Rules;

/// <summary>
/// Exact duplicates (domain.md §5): invoices not CANCELLED with the same company_code, supplier_id and
/// normalized supplier_invoice_number form a group; the original is the one with the earliest
/// (received_at, invoice_id); every other member is an exact duplicate. Pure, order-independent.
/// </summary>
public static class DuplicateInvoiceRule
{
    /// <summary>Rule text reported with each duplicate.</summary>
    public const string RuleText = "EXACT: same company_code, supplier_id and normalized supplier_invoice_number; original = earliest (received_at, invoice_id)";

    /// <summary>The group key of an invoice, or null for a cancelled invoice (it belongs to no group).</summary>
    public static string? GroupKey(DuplicateCandidate invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return invoice.Status == SupplierInvoiceStatus.CANCELLED
            ? null
            : $"{invoice.CompanyCode}|{invoice.SupplierId}|{InvoiceNumber.Normalize(invoice.SupplierInvoiceNumber)}";
    }

    /// <summary>Verdicts for every non-cancelled invoice of <paramref name="invoices"/>, grouped as above.</summary>
    public static IReadOnlyList<DuplicateVerdict> Decide(IEnumerable<DuplicateCandidate> invoices)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        var verdicts = new List<DuplicateVerdict>();
        foreach (var group in invoices.Select(i => (Invoice: i, Key: GroupKey(i))).Where(x => x.Key is not null).GroupBy(x => x.Key!, StringComparer.Ordinal))
        {
            var original = group.Select(x => x.Invoice).OrderBy(i => i.ReceivedAtMs).ThenBy(i => i.InvoiceId, StringComparer.Ordinal).First();
            verdicts.AddRange(group.Select(x => new DuplicateVerdict(x.Invoice.InvoiceId, group.Key, x.Invoice.InvoiceId != original.InvoiceId, original.InvoiceId, RuleText, original)));
        }

        return verdicts;
    }
}
