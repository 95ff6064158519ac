using System.Text;

namespace FinanceStreams.Topologies.Rules;

/// <summary>
/// Normalizes a supplier invoice number (domain.md §5): upper-case, leading zeros removed from every
/// run of digits, then every non-alphanumeric character removed; <c>inv-0042</c>, <c>INV 42</c> and
/// <c>Inv.42</c> all become <c>INV42</c>. A run of zeros only keeps one zero.
/// </summary>
public static class InvoiceNumber
{
    /// <summary>The normalized number.</summary>
    public static string Normalize(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var upper = number.ToUpperInvariant();
        var stripped = new StringBuilder(upper.Length);
        for (var i = 0; i < upper.Length; i++)
        {
            var c = upper[i];
            var startsRun = char.IsAsciiDigit(c) && (i == 0 || !char.IsAsciiDigit(upper[i - 1]));
            if (startsRun)
            {
                var end = i;
                while (end < upper.Length && char.IsAsciiDigit(upper[end]))
                {
                    end++;
                }

                var digits = upper[i..end].TrimStart('0');
                stripped.Append(digits.Length == 0 ? "0" : digits);
                i = end - 1;
                continue;
            }

            stripped.Append(c);
        }

        return string.Concat(stripped.ToString().Where(char.IsLetterOrDigit));
    }
}
