using MessagePack;

namespace FinanceStreams.Topologies.Invoices.Duplicates;

/// <summary>One invoice of a duplicate report, and what the suspected-duplicate rule reads of it.</summary>
/// <param name="InvoiceId">Invoice id.</param>
/// <param name="CompanyCode">Company code.</param>
/// <param name="SupplierId">Supplier id.</param>
/// <param name="Currency">Currency.</param>
/// <param name="Number">The number as printed.</param>
/// <param name="NormalizedNumber">The normalized number.</param>
/// <param name="InvoiceDate">Invoice date.</param>
/// <param name="Gross">Gross amount.</param>
/// <param name="Source">The header event it was read from (lineage).</param>
[MessagePackObject]
public sealed record DuplicateParty([property: Key(0)] string InvoiceId, [property: Key(1)] string CompanyCode, [property: Key(2)] string SupplierId, [property: Key(3)] string Currency, [property: Key(4)] string Number, [property: Key(5)] string NormalizedNumber, [property: Key(6)] DateOnly InvoiceDate, [property: Key(7)] decimal Gross, [property: Key(8)] Rows.SourceRef Source)
{
    /// <summary>The party of an invoice header.</summary>
    public static DuplicateParty Of(Rows.InvoiceRow invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return new(invoice.InvoiceId, invoice.CompanyCode, invoice.SupplierId, invoice.Currency, invoice.SupplierInvoiceNumber, Rules.InvoiceNumber.Normalize(invoice.SupplierInvoiceNumber), invoice.InvoiceDate, invoice.GrossAmount, invoice.Source);
    }
}
