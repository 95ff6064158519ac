using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using finance.budget;

namespace FinanceStreams.Host.Http;

/// <summary>A budget availability check asked by a procurement system: exactly these fields, each once, in camelCase.</summary>
/// <param name="DocumentType">REQUISITION or PURCHASE_ORDER. Naming a document already counted in the bucket re-checks it: its type and bucket must match.</param>
/// <param name="DocumentId">The requisition or purchase order id.</param>
/// <param name="CostCenter">The cost center charged.</param>
/// <param name="Date">The document date (yyyy-MM-dd); its calendar month is the bucket's fiscal period (1-12).</param>
/// <param name="Currency">ISO 4217 code; must be the budget's currency (conversion is not supported by the API yet).</param>
/// <param name="Amount">A JSON number (not a string, no exponent), greater than 0, at most 2 decimals, at most 9999999999999999.99 (decimal(18,2)).</param>
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
