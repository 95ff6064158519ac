using finance.matching;

namespace FinanceStreams.Topologies.Invoices.Reconciliation;

/// <summary>One invoice's contribution to the control totals: its current status and gross.</summary>
public sealed record InvoiceTally(string InvoiceId, string CompanyCode, int FiscalYear, int FiscalPeriod, string Currency, InvoiceMatchStatus Status, decimal Gross)
{
    /// <summary>The control-totals key.</summary>
    public string TotalsKey => ReconciliationKeys.Of(CompanyCode, FiscalYear, FiscalPeriod, Currency);
}
