using finance.erp;

namespace FinanceStreams.Topologies.Rules;

/// <summary>What the exact-duplicate rule needs of an invoice.</summary>
/// <param name="InvoiceId">Invoice id.</param>
/// <param name="CompanyCode">Company code.</param>
/// <param name="SupplierId">Supplier id.</param>
/// <param name="SupplierInvoiceNumber">The number as printed.</param>
/// <param name="ReceivedAtMs">When it was received (epoch ms).</param>
/// <param name="Status">Invoice status; cancelled invoices never take part.</param>
/// <param name="InvoiceDate">Invoice date (reported with a duplicate).</param>
/// <param name="GrossAmount">Gross amount (reported with a duplicate).</param>
/// <param name="Currency">Currency (reported with a duplicate).</param>
/// <param name="Source">The header event (lineage of a duplicate report).</param>
public sealed record DuplicateCandidate(string InvoiceId, string CompanyCode, string SupplierId, string SupplierInvoiceNumber, long ReceivedAtMs, SupplierInvoiceStatus Status, DateOnly InvoiceDate = default, decimal GrossAmount = 0m, string Currency = "", Rows.SourceRef? Source = null);
