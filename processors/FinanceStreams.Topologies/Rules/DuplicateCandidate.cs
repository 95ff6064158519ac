using finance.erp;

namespace FinanceStreams.Topologies.Rules;

/// <summary>What the exact-duplicate rule needs of an invoice.</summary>
/// <param name="InvoiceId">Invoice id.</param>
/// <param name="CompanyCode">Company code.</param>
/// <param name="SupplierId">Supplier id.</param>
/// <param name="SupplierInvoiceNumber">The number as printed.</param>
/// <param name="ReceivedAtMs">When it was received (epoch ms).</param>
/// <param name="Status">Invoice status; cancelled invoices never take part.</param>
public sealed record DuplicateCandidate(string InvoiceId, string CompanyCode, string SupplierId, string SupplierInvoiceNumber, long ReceivedAtMs, SupplierInvoiceStatus Status);
