namespace FinanceStreams.Topologies.Invoices.Reconciliation;

/// <summary>The text key of a control-totals group: <c>company|yyyy|pp|currency</c>.</summary>
public static class ReconciliationKeys
{
    /// <summary>The key.</summary>
    public static string Of(string companyCode, int fiscalYear, int fiscalPeriod, string currency) => $"{companyCode}|{fiscalYear:D4}|{fiscalPeriod:D2}|{currency}";
}
