using finance.erp;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of an <c>erp.public.fx_rates</c> row: units of To per unit of From from RateDate on.</summary>
public sealed record FxRateRow(string FromCurrency, string ToCurrency, DateOnly RateDate, decimal Rate, SourceRef Source)
{
    /// <summary>Maps the generated row.</summary>
    public static FxRateRow From(FxRate row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.from_currency, row.to_currency, row.rate_date.ToDateOnly(), row.rate.ToDecimal(), source);
    }
}
