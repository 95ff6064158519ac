using System.Security.Claims;

namespace FinanceStreams.Host.Http;

/// <summary>The scopes an API key or token can be granted.</summary>
public static class ApiScopes
{
    /// <summary>Read a bucket's consumption.</summary>
    public const string BudgetsRead = "budgets:read";

    /// <summary>Ask for a budget availability decision.</summary>
    public const string BudgetsCheck = "budgets:check";

    /// <summary>Scrape <c>/metrics</c> (it exposes utilization per cost center and reconciliation counts).</summary>
    public const string MetricsRead = "metrics:read";

    /// <summary>The claim type that carries granted scopes (one per claim for a key; space-separated in a token).</summary>
    public const string ClaimType = "scope";

    /// <summary>Every scope.</summary>
    public static IReadOnlyList<string> All { get; } = [BudgetsRead, BudgetsCheck, MetricsRead];

    /// <summary>Whether <paramref name="user"/> was granted <paramref name="scope"/>.</summary>
    public static bool Has(ClaimsPrincipal user, string scope)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindAll(ClaimType).Any(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal));
    }
}
