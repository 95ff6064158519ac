using FinanceStreams.Topologies.Rows;

namespace FinanceStreams.Topologies.Rules;

/// <summary>A converted amount and the rate row it used (null when no conversion was needed).</summary>
/// <param name="Amount">Converted amount, rounded half away from zero to 2 decimals.</param>
/// <param name="Rate">The rate row used, or null for the same currency.</param>
/// <param name="Inverse">True when the rate of the opposite direction was used (1 / rate).</param>
public sealed record FxConversion(decimal Amount, FxRateRow? Rate, bool Inverse);
