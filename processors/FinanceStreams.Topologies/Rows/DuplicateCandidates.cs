using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Topologies.Rows;

/// <summary>What the duplicate rule reads of an invoice row.</summary>
public static class DuplicateCandidates
{
    /// <summary>The candidate of <paramref name="invoice"/>.</summary>
    public static DuplicateCandidate Of(InvoiceRow invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return new(invoice.InvoiceId, invoice.CompanyCode, invoice.SupplierId, invoice.SupplierInvoiceNumber, invoice.ReceivedAtMs, invoice.Status, invoice.InvoiceDate, invoice.GrossAmount, invoice.Currency, invoice.Source);
    }
}
