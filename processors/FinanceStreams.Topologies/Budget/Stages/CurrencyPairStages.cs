using FinanceStreams.Topologies.CoGrouping;
using FinanceStreams.Topologies.Rows;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Topologies.Budget.Stages;

/// <summary>
/// Currency pairs: the dossier of a pair holds its rates (both directions) and the contributions
/// waiting for them. Any rate change re-converts exactly the contributions of that pair; one
/// without a rate is pending MISSING_FX_RATE (reported, not counted) until a rate arrives.
/// </summary>
public static class CurrencyPairStages
{
    /// <summary>Pending reason of a contribution without a usable rate.</summary>
    public const string MissingFxRate = "MISSING_FX_RATE";

    /// <summary>A rate goes to its pair dossier.</summary>
    public static IEnumerable<TargetedPart> Rate(string key, FxRateRow rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return [new(FxConverter.PairKey(rate.FromCurrency, rate.ToCurrency), "rate", new Part { FxRate = rate })];
    }

    /// <summary>Every contribution of the pair, converted or pending, to its bucket.</summary>
    public static IEnumerable<TargetedPart> Converted(string pair, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var rates = dossier.All(p => p.FxRate).ToList();
        foreach (var item in dossier.All(p => p.Item))
        {
            var conversion = item.RateDate is { } date ? FxConverter.Convert(rates, item.Amount, item.Currency, item.Settings!.Currency, date) : null;
            var converted = conversion is null
                ? item with { Pending = MissingFxRate }
                : (conversion.Rate is { } used ? item.WithLineage(used.Source) : item) with { Converted = conversion.Amount };
            yield return new TargetedPart(item.BucketKey, item.ItemId, new Part { Item = converted });
        }
    }
}
