namespace FinanceStreams.Topologies.Rules;

/// <summary>Rounding of money: half away from zero, as accountants round.</summary>
public static class Money
{
    /// <summary>Rounds to 2 decimals, half away from zero.</summary>
    public static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Rounds to 4 decimals, half away from zero.</summary>
    public static decimal Round4(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
