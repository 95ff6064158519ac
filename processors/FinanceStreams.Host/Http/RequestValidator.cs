using System.Globalization;
using System.Text.RegularExpressions;

namespace FinanceStreams.Host.Http;

/// <summary>The API's input rules, field by field; errors are keyed by the JSON (or route) field name and never echo internals.</summary>
public static partial class RequestValidator
{
    /// <summary>Longest accepted id or cost center.</summary>
    public const int MaxIdLength = 64;

    /// <summary>An id or cost center: a letter or digit, then letters, digits, '.', '_', ':' or '-'.</summary>
    public const string IdPattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

    /// <summary>Three upper-case letters (and one of <see cref="Iso4217"/>).</summary>
    public const string CurrencyPattern = "^[A-Z]{3}$";

    /// <summary>Smallest amount.</summary>
    public const string MinAmountText = "0.01";

    /// <summary>Largest amount of a decimal(18,2).</summary>
    public const string MaxAmountText = "9999999999999999.99";

    /// <summary>First accepted fiscal year.</summary>
    public const int MinYear = 1900;

    /// <summary>Last accepted fiscal year.</summary>
    public const int MaxYear = 2999;

    /// <summary>Largest amount of a decimal(18,2).</summary>
    public static decimal MaxAmount { get; } = decimal.Parse(MaxAmountText, CultureInfo.InvariantCulture);

    /// <summary>The errors of a bucket address given in a route.</summary>
    public static Dictionary<string, string[]> Bucket(string costCenter, string fiscalYear, string fiscalPeriod, out int year, out int period)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Id(errors, "costCenter", costCenter);
        var yearOk = int.TryParse(fiscalYear, NumberStyles.None, CultureInfo.InvariantCulture, out year) && fiscalYear.Length == 4 && year is >= MinYear and <= MaxYear;
        Require(errors, "fiscalYear", yearOk, $"Must be a year from {MinYear} to {MaxYear}.");
        var periodOk = int.TryParse(fiscalPeriod, NumberStyles.None, CultureInfo.InvariantCulture, out period) && fiscalPeriod.Length <= 2 && period is >= 1 and <= 12;
        Require(errors, "fiscalPeriod", periodOk, "Must be a period from 1 to 12.");
        return errors;
    }

    /// <summary>Checks an id or cost center.</summary>
    public static void Id(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            Require(errors, field, false, "Is required.");
            return;
        }

        Require(errors, field, value.Length <= MaxIdLength, $"Must be at most {MaxIdLength} characters.");
        Require(errors, field, Id().IsMatch(value), "Must start with a letter or digit and hold only letters, digits, '.', '_', ':' or '-'.");
    }

    /// <summary>Adds <paramref name="message"/> to the errors of <paramref name="field"/> unless <paramref name="valid"/>.</summary>
    public static void Require(Dictionary<string, string[]> errors, string field, bool valid, string message)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!valid)
        {
            errors[field] = errors.TryGetValue(field, out var known) ? [.. known, message] : [message];
        }
    }

    // \z, not $: $ would also match before a final line feed.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}\\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Id();
}
