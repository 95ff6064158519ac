using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using finance.budget;

namespace FinanceStreams.Host.Http;

/// <summary>
/// A budget availability check asked by a procurement system, as the OpenAPI document describes it. The body is read
/// by <see cref="BudgetCheckJson"/> (strictly: these fields only, each once, amounts as JSON numbers), not bound to this type.
/// </summary>
/// <param name="DocumentType">REQUISITION or PURCHASE_ORDER.</param>
/// <param name="DocumentId">The requisition or purchase order id.</param>
/// <param name="CostCenter">The cost center charged.</param>
/// <param name="Date">The document date: its month is the bucket's fiscal period.</param>
/// <param name="Currency">ISO 4217 code of <paramref name="Amount"/>.</param>
/// <param name="Amount">The document's amount, positive, at most 2 decimals, within decimal(18,2).</param>
public sealed record BudgetCheckRequest(
    [property: Required, Description("REQUISITION or PURCHASE_ORDER. Naming a document already counted in the bucket re-checks it (its type and bucket must match).")]
    BudgetDocumentType DocumentType,
    [property: Required, StringLength(RequestValidator.MaxIdLength, MinimumLength = 1), RegularExpression(RequestValidator.IdPattern), Description("The requisition or purchase order id.")]
    string DocumentId,
    [property: Required, StringLength(RequestValidator.MaxIdLength, MinimumLength = 1), RegularExpression(RequestValidator.IdPattern), Description("The cost center charged.")]
    string CostCenter,
    [property: Required, Description("The document date (yyyy-MM-dd); its calendar month is the bucket's fiscal period (1-12).")]
    DateOnly Date,
    [property: Required, StringLength(3, MinimumLength = 3), RegularExpression(RequestValidator.CurrencyPattern), Description("ISO 4217 code; must be the budget's currency (conversion is not supported by the API yet).")]
    string Currency,
    [property: Required, Range(typeof(decimal), RequestValidator.MinAmountText, RequestValidator.MaxAmountText), Description("The document's amount: a JSON number (not a string, no exponent), greater than 0, at most 2 decimals, at most 9999999999999999.99 (decimal(18,2)).")]
    decimal Amount);
