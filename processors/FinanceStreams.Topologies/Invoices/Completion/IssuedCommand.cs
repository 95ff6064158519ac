using finance.posting;

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
public sealed record IssuedCommand(string CommandId, PostingDocumentType Kind, string InvoiceId, string CompanyCode, int FiscalYear, int FiscalPeriod, string Currency, decimal Gross, long IssuedAtMs);
