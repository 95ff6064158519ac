using System.Globalization;
using finance.budget;

namespace FinanceStreams.Host.Http;

/// <summary>Validates the API's inputs field by field; errors are keyed by the JSON (or route) field name.</summary>
public static class RequestValidator
{
    /// <summary>Longest accepted id or cost center.</summary>
    public const int MaxIdLength = 64;

    /// <summary>The parsed check, or the errors of <paramref name="request"/>.</summary>
    public static (ValidBudgetCheck? Check, Dictionary<string, string[]> Errors) Check(BudgetCheckRequest? request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request is null)
        {
            errors["body"] = ["A JSON object is required."];
            return (null, errors);
        }

        var type = request.DocumentType is "REQUISITION" or "PURCHASE_ORDER" ? Enum.Parse<BudgetDocumentType>(request.DocumentType) : (BudgetDocumentType?)null;
        Require(errors, "documentType", type is not null, "Must be REQUISITION or PURCHASE_ORDER.");
        Id(errors, "documentId", request.DocumentId);
        Id(errors, "costCenter", request.CostCenter);
        var dated = DateOnly.TryParseExact(request.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        Require(errors, "date", dated, "Must be a date as yyyy-MM-dd.");
        Require(errors, "currency", request.Currency is { Length: 3 } c && c.All(char.IsAsciiLetterUpper), "Must be an ISO 4217 code of 3 upper-case letters.");
        Require(errors, "amount", request.Amount is not null, "Is required.");
        if (request.Amount is { } amount)
        {
            Require(errors, "amount", amount > 0m, "Must be greater than 0.");
            Require(errors, "amount", decimal.Round(amount, 2) == amount, "Must have at most 2 decimals.");
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ValidBudgetCheck(type!.Value, request.DocumentId!, request.CostCenter!, date, request.Currency!, request.Amount!.Value), errors);
    }

    /// <summary>The errors of a bucket address given in a route.</summary>
    public static Dictionary<string, string[]> Bucket(string costCenter, string fiscalYear, string fiscalPeriod, out int year, out int period)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Id(errors, "costCenter", costCenter);
        var yearOk = int.TryParse(fiscalYear, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 9999;
        Require(errors, "fiscalYear", yearOk, "Must be a year from 1900 to 9999.");
        var periodOk = int.TryParse(fiscalPeriod, NumberStyles.None, CultureInfo.InvariantCulture, out period) && period is >= 1 and <= 16;
        Require(errors, "fiscalPeriod", periodOk, "Must be a period from 1 to 16.");
        return errors;
    }

    private static void Id(Dictionary<string, string[]> errors, string field, string? value)
    {
        Require(errors, field, !string.IsNullOrWhiteSpace(value), "Is required.");
        if (!string.IsNullOrWhiteSpace(value))
        {
            Require(errors, field, value.Length <= MaxIdLength, $"Must be at most {MaxIdLength} characters.");
            Require(errors, field, !value.Any(ch => char.IsControl(ch) || ch == '|'), "Must not contain control characters or '|'.");
        }
    }

    private static void Require(Dictionary<string, string[]> errors, string field, bool valid, string message)
    {
        if (!valid)
        {
            errors[field] = errors.TryGetValue(field, out var known) ? [.. known, message] : [message];
        }
    }
}
