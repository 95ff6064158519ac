namespace FinanceStreams.Topologies.Budget;

/// <summary>The reason codes of budget items that count in no total (domain.md §2–§3).</summary>
public static class BudgetReasons
{
    /// <summary>A budget line whose currency is not its cost center's budget currency.</summary>
    public const string BudgetCurrencyMismatch = "BUDGET_CURRENCY_MISMATCH";

    /// <summary>No rate converts the document's currency to the budget currency on its date.</summary>
    public const string MissingFxRate = "MISSING_FX_RATE";

    /// <summary>An invoice line whose currency is not its PO's.</summary>
    public const string CurrencyMismatch = "CURRENCY_MISMATCH";
}
