using finance.matching;
using MessagePack;

namespace FinanceStreams.Topologies.Invoices.Reconciliation;

/// <summary>One invoice's contribution to the control totals: its current status and gross.</summary>
[MessagePackObject]
public sealed record InvoiceTally([property: Key(0)] string InvoiceId, [property: Key(1)] string CompanyCode, [property: Key(2)] int FiscalYear, [property: Key(3)] int FiscalPeriod, [property: Key(4)] string Currency, [property: Key(5)] InvoiceMatchStatus Status, [property: Key(6)] decimal Gross)
{
    /// <summary>The control-totals key.</summary>
    [IgnoreMember]
    public string TotalsKey => ReconciliationKeys.Of(CompanyCode, FiscalYear, FiscalPeriod, Currency);
}
