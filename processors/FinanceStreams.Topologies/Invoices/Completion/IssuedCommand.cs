using finance.posting;
using MessagePack;

namespace FinanceStreams.Topologies.Invoices.Completion;

/// <summary>A posting command as issued, for completion tracking and control totals.</summary>
/// <param name="CommandId">Command id.</param>
/// <param name="Kind">KR posting or KA reversal.</param>
/// <param name="InvoiceId">The invoice posted or reversed.</param>
/// <param name="CompanyCode">Company code.</param>
/// <param name="FiscalYear">Fiscal year of the invoice date.</param>
/// <param name="FiscalPeriod">Fiscal period of the invoice date.</param>
/// <param name="Currency">Document currency.</param>
/// <param name="Gross">Gross amount booked.</param>
/// <param name="IssuedAtMs">Event time of issue.</param>
[MessagePackObject]
public sealed record IssuedCommand([property: Key(0)] string CommandId, [property: Key(1)] PostingDocumentType Kind, [property: Key(2)] string InvoiceId, [property: Key(3)] string CompanyCode, [property: Key(4)] int FiscalYear, [property: Key(5)] int FiscalPeriod, [property: Key(6)] string Currency, [property: Key(7)] decimal Gross, [property: Key(8)] long IssuedAtMs);
