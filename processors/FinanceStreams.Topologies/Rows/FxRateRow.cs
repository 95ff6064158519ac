using finance.erp;
using FinanceStreams.Contracts.Conversions;
using MessagePack;

namespace FinanceStreams.Topologies.Rows;

/// <summary>Current state of an <c>erp.public.fx_rates</c> row: units of To per unit of From from RateDate on.</summary>
[MessagePackObject]
public sealed record FxRateRow([property: Key(0)] string FromCurrency, [property: Key(1)] string ToCurrency, [property: Key(2)] DateOnly RateDate, [property: Key(3)] decimal Rate, [property: Key(4)] SourceRef Source) : ILocated<FxRateRow>
{
    /// <inheritdoc/>
    public FxRateRow At(SourceRef source) => this with { Source = source };

    /// <summary>Maps the generated row.</summary>
    public static FxRateRow From(FxRate row, SourceRef source)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.from_currency, row.to_currency, row.rate_date.ToDateOnly(), row.rate.ToDecimal(), source);
    }
}
