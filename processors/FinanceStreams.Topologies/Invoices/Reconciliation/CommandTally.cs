using finance.posting;
using MessagePack;

namespace FinanceStreams.Topologies.Invoices.Reconciliation;

/// <summary>One command's contribution to the control totals: its kind, gross and completion state.</summary>
[MessagePackObject]
public sealed record CommandTally([property: Key(0)] string CommandId, [property: Key(1)] PostingDocumentType Kind, [property: Key(2)] string CompanyCode, [property: Key(3)] int FiscalYear, [property: Key(4)] int FiscalPeriod, [property: Key(5)] string Currency, [property: Key(6)] decimal Gross, [property: Key(7)] PostingState State)
{
    /// <summary>The control-totals key.</summary>
    [IgnoreMember]
    public string TotalsKey => ReconciliationKeys.Of(CompanyCode, FiscalYear, FiscalPeriod, Currency);
}
