using finance.posting;

namespace FinanceStreams.Topologies.Invoices.Reconciliation;

/// <summary>One command's contribution to the control totals: its kind, gross and completion state.</summary>
public sealed record CommandTally(string CommandId, PostingDocumentType Kind, string CompanyCode, int FiscalYear, int FiscalPeriod, string Currency, decimal Gross, PostingState State)
{
    /// <summary>The control-totals key.</summary>
    public string TotalsKey => ReconciliationKeys.Of(CompanyCode, FiscalYear, FiscalPeriod, Currency);
}
