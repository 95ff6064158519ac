using MessagePack;

namespace FinanceStreams.Topologies.Invoices.Posting;

/// <summary>
/// The accounting content of a matched invoice's posting command, before ids, enrichment and
/// lineage: what the ERP would book. Two drafts with the same content post the same thing.
/// </summary>
/// <param name="InvoiceId">Invoice id.</param>
/// <param name="CompanyCode">Company code.</param>
/// <param name="InvoiceDate">Document and posting date.</param>
/// <param name="Reference">Supplier invoice number.</param>
/// <param name="Currency">Document currency.</param>
/// <param name="SupplierId">Supplier id.</param>
/// <param name="SupplierName">Supplier name.</param>
/// <param name="SupplierTaxId">Supplier tax id.</param>
/// <param name="ApAccount">The supplier's accounts-payable account (credited).</param>
/// <param name="PoId">The matched PO.</param>
/// <param name="ReceiptIds">Posted receipts of the matched PO lines.</param>
/// <param name="Lines">One debit per invoice line.</param>
/// <param name="TaxAmount">Tax (debited to the input-tax account when not zero).</param>
/// <param name="GrossAmount">Gross (credited to the supplier).</param>
[MessagePackObject]
public sealed record PostingDraft(
    [property: Key(0)] string InvoiceId,
    [property: Key(1)] string CompanyCode,
    [property: Key(2)] DateOnly InvoiceDate,
    [property: Key(3)] string Reference,
    [property: Key(4)] string Currency,
    [property: Key(5)] string SupplierId,
    [property: Key(6)] string SupplierName,
    [property: Key(7)] string? SupplierTaxId,
    [property: Key(8)] string ApAccount,
    [property: Key(9)] string PoId,
    [property: Key(10)] IReadOnlyList<string> ReceiptIds,
    [property: Key(11)] IReadOnlyList<DraftLine> Lines,
    [property: Key(12)] decimal TaxAmount,
    [property: Key(13)] decimal GrossAmount);

/// <summary>A debit of one invoice line.</summary>
/// <param name="InvoiceLineNo">Invoice line number.</param>
/// <param name="PoLineNo">Matched PO line number.</param>
/// <param name="GlAccount">The PO line's G/L account.</param>
/// <param name="CostCenter">The PO line's cost center.</param>
/// <param name="Description">The PO line's description.</param>
/// <param name="Amount">Line amount in document currency.</param>
[MessagePackObject]
public sealed record DraftLine([property: Key(0)] int InvoiceLineNo, [property: Key(1)] int PoLineNo, [property: Key(2)] string GlAccount, [property: Key(3)] string CostCenter, [property: Key(4)] string? Description, [property: Key(5)] decimal Amount);
