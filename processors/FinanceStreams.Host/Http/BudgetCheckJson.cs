using System.Globalization;
using System.Text.Json;
using finance.budget;

namespace FinanceStreams.Host.Http;

/// <summary>
/// Reads a budget check strictly: one JSON object with exactly the fields of <see cref="BudgetCheckRequest"/> in camelCase,
/// each once; strings where strings are due; the amount a plain JSON number. Errors name the field, never a .NET type or a
/// parser position.
/// </summary>
public static class BudgetCheckJson
{
    /// <summary>The fields, as sent.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["documentType", "documentId", "costCenter", "date", "currency", "amount"];

    /// <summary>The check in <paramref name="body"/>, or its errors.</summary>
    public static (ValidBudgetCheck? Check, Dictionary<string, string[]> Errors) Parse(ReadOnlyMemory<byte> body)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException)
        {
            errors["body"] = ["Must be one well-formed JSON object."];
            return (null, errors);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors["body"] = ["Must be a JSON object."];
                return (null, errors);
            }

            var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!Fields.Contains(property.Name, StringComparer.Ordinal))
                {
                    RequestValidator.Require(errors, "body", false, "Holds a field that is not one of " + string.Join(", ", Fields) + " (names are case-sensitive).");
                }
                else if (!values.TryAdd(property.Name, property.Value))
                {
                    RequestValidator.Require(errors, property.Name, false, "Is given more than once.");
                }
            }

            var type = Text(values, errors, "documentType") switch
            {
                null => (BudgetDocumentType?)null,
                "REQUISITION" => BudgetDocumentType.REQUISITION,
                "PURCHASE_ORDER" => BudgetDocumentType.PURCHASE_ORDER,
                _ => Fail<BudgetDocumentType>(errors, "documentType", "Must be REQUISITION or PURCHASE_ORDER."),
            };
            var documentId = Text(values, errors, "documentId");
            if (documentId is not null)
            {
                RequestValidator.Id(errors, "documentId", documentId);
            }

            var costCenter = Text(values, errors, "costCenter");
            if (costCenter is not null)
            {
                RequestValidator.Id(errors, "costCenter", costCenter);
            }

            var date = Date(values, errors);
            var currency = Text(values, errors, "currency");
            RequestValidator.Require(errors, "currency", currency is null || Iso4217.IsCurrency(currency), "Must be an ISO 4217 currency code in upper case, e.g. EUR.");
            var amount = Amount(values, errors);
            return errors.Count > 0 ? (null, errors) : (new ValidBudgetCheck(type!.Value, documentId!, costCenter!, date!.Value, currency!, amount!.Value), errors);
        }
    }

    private static string? Text(Dictionary<string, JsonElement> values, Dictionary<string, string[]> errors, string field)
    {
        if (!values.TryGetValue(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            RequestValidator.Require(errors, field, false, "Is required.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            RequestValidator.Require(errors, field, false, "Must be a JSON string.");
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            RequestValidator.Require(errors, field, false, "Must be valid UTF-8 text.");
            return null;
        }
    }

    private static DateOnly? Date(Dictionary<string, JsonElement> values, Dictionary<string, string[]> errors)
    {
        if (Text(values, errors, "date") is not { } text)
        {
            return null;
        }

        var valid = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= RequestValidator.MinYear and <= RequestValidator.MaxYear;
        return valid ? date : Fail<DateOnly>(errors, "date", $"Must be a date as yyyy-MM-dd from {RequestValidator.MinYear} to {RequestValidator.MaxYear}.");
    }

    private static decimal? Amount(Dictionary<string, JsonElement> values, Dictionary<string, string[]> errors)
    {
        const string Field = "amount";
        if (!values.TryGetValue(Field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return Fail<decimal>(errors, Field, "Is required.");
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            return Fail<decimal>(errors, Field, "Must be a JSON number, not a string.");
        }

        var raw = value.GetRawText();
        if (raw.AsSpan().IndexOfAny('e', 'E') >= 0)
        {
            return Fail<decimal>(errors, Field, "Must be written without an exponent.");
        }

        var point = raw.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : raw[(point + 1)..].TrimEnd('0').Length;
        var parsed = decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount);
        RequestValidator.Require(errors, Field, !parsed || amount > 0m, "Must be greater than 0.");
        RequestValidator.Require(errors, Field, decimals <= 2, "Must have at most 2 decimals.");
        RequestValidator.Require(errors, Field, parsed && amount <= RequestValidator.MaxAmount, $"Must be at most {RequestValidator.MaxAmountText} (decimal(18,2)).");
        return errors.ContainsKey(Field) ? null : amount;
    }

    private static T? Fail<T>(Dictionary<string, string[]> errors, string field, string message)
        where T : struct
    {
        RequestValidator.Require(errors, field, false, message);
        return null;
    }
}
