namespace FinanceStreams.Host.Http;

/// <summary>The scopes an API key can be granted.</summary>
public static class ApiScopes
{
    /// <summary>Read a bucket's consumption.</summary>
    public const string BudgetsRead = "budgets:read";

    /// <summary>Ask for a budget availability decision.</summary>
    public const string BudgetsCheck = "budgets:check";

    /// <summary>The claim type that carries a granted scope.</summary>
    public const string ClaimType = "scope";
}
