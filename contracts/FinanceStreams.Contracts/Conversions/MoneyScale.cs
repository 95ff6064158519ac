namespace FinanceStreams.Contracts.Conversions;

/// <summary>Decimal scales of the contracts (domain.md section 1).</summary>
public static class MoneyScale
{
    /// <summary>Amounts: decimal(18,2).</summary>
    public const int Amount = 2;

    /// <summary>Quantities and unit prices: decimal(18,4). Percentages use it too.</summary>
    public const int Quantity = 4;

    /// <summary>FX rates: decimal(18,8).</summary>
    public const int FxRate = 8;

    /// <summary>Precision of every decimal in the contracts.</summary>
    public const int Precision = 18;
}
