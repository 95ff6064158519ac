using finance.erp;
using MessagePack;

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
[MessagePackObject]
public sealed record DuplicateCandidate([property: Key(0)] string InvoiceId, [property: Key(1)] string CompanyCode, [property: Key(2)] string SupplierId, [property: Key(3)] string SupplierInvoiceNumber, [property: Key(4)] long ReceivedAtMs, [property: Key(5)] SupplierInvoiceStatus Status, [property: Key(6)] DateOnly InvoiceDate = default, [property: Key(7)] decimal GrossAmount = 0m, [property: Key(8)] string Currency = "", [property: Key(9)] Rows.SourceRef? Source = null);
