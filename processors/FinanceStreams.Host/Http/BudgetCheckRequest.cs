using System.ComponentModel;

namespace FinanceStreams.Host.Http;

/// <summary>A budget availability check asked by a procurement system (every field is validated, none trusted).</summary>
/// <param name="DocumentType">REQUISITION or PURCHASE_ORDER.</param>
/// <param name="DocumentId">The requisition or purchase order id.</param>
/// <param name="CostCenter">The cost center charged.</param>
/// <param name="Date">The document date (yyyy-MM-dd): its month is the bucket's fiscal period.</param>
/// <param name="Currency">ISO 4217 code of <paramref name="Amount"/>.</param>
/// <param name="Amount">The document's amount, positive, at most 2 decimals.</param>
public sealed record BudgetCheckRequest(
    [property: Description("REQUISITION or PURCHASE_ORDER.")] string? DocumentType,
    [property: Description("The requisition or purchase order id (at most 64 characters).")] string? DocumentId,
    [property: Description("The cost center charged (at most 64 characters).")] string? CostCenter,
    [property: Description("The document date, yyyy-MM-dd; its calendar month is the bucket's fiscal period.")] string? Date,
    [property: Description("ISO 4217 code; must be the budget's currency (conversion is not supported by the API yet).")] string? Currency,
    [property: Description("The document's amount, greater than 0, at most 2 decimals.")] decimal? Amount);
