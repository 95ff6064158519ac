using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Rules;

/// <summary>
/// Currency conversion (domain.md §2): 1 for the same currency; else the rate from→to with the latest
/// rate_date ≤ date; else 1 / the rate to→from with the latest rate_date ≤ date; rounded half away
/// from zero to 2 decimals. No usable rate (none, or zero) gives null: never a default rate.
/// </summary>
public static class FxConverter
{
    /// <summary>Converts <paramref name="amount"/>, or null when no rate applies.</summary>
    public static FxConversion? Convert(IEnumerable<FxRateRow> rates, decimal amount, string from, string to, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(rates);
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            return new FxConversion(Money.Round2(amount), null, Inverse: false);
        }

        var candidates = rates.Where(r => r.RateDate <= date && r.Rate != 0m).ToList();
        var direct = Latest(candidates, from, to);
        if (direct is not null)
        {
            return new FxConversion(Money.Round2(amount * direct.Rate), direct, Inverse: false);
        }

        var inverse = Latest(candidates, to, from);
        return inverse is null ? null : new FxConversion(Money.Round2(amount / inverse.Rate), inverse, Inverse: true);
    }

    /// <summary>The currency pair key both directions of a pair share: the two codes in ordinal order.</summary>
    public static string PairKey(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? $"{a}|{b}" : $"{b}|{a}";

    private static FxRateRow? Latest(IEnumerable<FxRateRow> rates, string from, string to) =>
        rates.Where(r => r.FromCurrency == from && r.ToCurrency == to).MaxBy(r => r.RateDate);
}
