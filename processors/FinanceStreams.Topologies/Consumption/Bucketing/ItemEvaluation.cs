using MessagePack;

namespace FinanceStreams.Topologies.Consumption.Bucketing;

/// <summary>How a contribution counts in its bucket under the cost center's settings and the rates known now.</summary>
/// <param name="Converted">Amount in budget currency; null when not converted.</param>
/// <param name="Pending">Why it cannot be converted yet (MISSING_FX_RATE).</param>
/// <param name="Exception">Why it never counts (BUDGET_CURRENCY_MISMATCH, CURRENCY_MISMATCH).</param>
[MessagePackObject]
public sealed record ItemEvaluation([property: Key(0)] decimal? Converted, [property: Key(1)] string? Pending, [property: Key(2)] string? Exception)
{
    /// <summary>Not evaluated: the cost center is unknown.</summary>
    public static ItemEvaluation Unknown { get; } = new(null, null, null);

    /// <summary>Counted in the figures.</summary>
    [IgnoreMember]
    public bool Counts => Exception is null && Pending is null && Converted is not null;
}
