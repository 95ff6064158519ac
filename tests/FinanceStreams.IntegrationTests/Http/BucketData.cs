using finance.budget;
using finance.budgeting;
using FinanceStreams.Host.Http;
using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.IntegrationTests.Http;

/// <summary>
/// Buckets made of real contributions, computed by <see cref="BucketCalculator"/>: budget 1000,
/// warning at 80 % (800), limit 1000 × 1.10 = 1100.
/// </summary>
internal static class BucketData
{
    public const string CostCenter = "CC-100";
    public const int Year = 2025;
    public const int Period = 3;

    public static CostCenterSettings Settings(ControlLevel level = ControlLevel.ABSOLUTE, string currency = "EUR") =>
        new("1000", currency, new BudgetControl(level, 80m, 10m, 0m), 1);

    public static BudgetItem Item(BudgetItemKind kind, string document, decimal amount, CostCenterSettings settings, ItemCheck? check = null) =>
        new($"{kind}|{document}", kind, document, CostCenter, Year, Period, null, settings.Currency, amount, []) { Settings = settings, Converted = amount, Check = check };

    /// <summary>A bucket with budget 1000 and <paramref name="consumed"/> committed by another PO.</summary>
    public static BudgetLookup Lookup(decimal consumed, ControlLevel level = ControlLevel.ABSOLUTE, string currency = "EUR", params BudgetItem[] more)
    {
        var settings = Settings(level, currency);
        BudgetItem[] items = [Item(BudgetItemKind.Budget, "BL:1", 1000m, settings), Item(BudgetItemKind.Commitment, "PO:OTHER", consumed, settings), .. more];
        return BudgetLookup.Local(BucketCalculator.Compute(items), BucketCalculator.Items(items));
    }

    public static ItemCheck Check(BudgetDocumentType type, string id, decimal amount) => new(type, id, 1, amount);
}
