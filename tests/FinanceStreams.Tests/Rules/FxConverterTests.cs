using FinanceStreams.Topologies.Rows;
using FinanceStreams.Topologies.Rules;

namespace FinanceStreams.Tests.Rules;

public sealed class FxConverterTests
{
    private static readonly SourceRef Source = new("t", 0, 0, 1, 0);

    private static FxRateRow CreateSut(string from, string to, int day, decimal rate) => new(from, to, new DateOnly(2026, 3, day), rate, Source);

    [Fact]
    public void Convert_SameCurrency_RoundsOnly() => Assert.Equal(10.01m, FxConverter.Convert([], 10.005m, "EUR", "EUR", new(2026, 3, 1))!.Amount);

    [Fact]
    public void Convert_DirectPreferredOverInverse_LatestNotAfterDate()
    {
        var rates = new[] { CreateSut("USD", "EUR", 1, 0.5m), CreateSut("USD", "EUR", 9, 0.8m), CreateSut("USD", "EUR", 20, 0.9m), CreateSut("EUR", "USD", 10, 4m) };
        var result = FxConverter.Convert(rates, 100m, "USD", "EUR", new(2026, 3, 10))!;
        Assert.Equal((80m, false), (result.Amount, result.Inverse));
    }

    [Fact]
    public void Convert_InverseOnly_Divides()
    {
        var result = FxConverter.Convert([CreateSut("EUR", "USD", 1, 3m)], 100m, "USD", "EUR", new(2026, 3, 10))!;
        Assert.Equal((33.33m, true), (result.Amount, result.Inverse));
    }

    [Fact]
    public void Convert_NoRateOrZeroRate_Null()
    {
        Assert.Null(FxConverter.Convert([CreateSut("USD", "EUR", 20, 0.5m)], 100m, "USD", "EUR", new(2026, 3, 10)));
        Assert.Null(FxConverter.Convert([CreateSut("USD", "EUR", 1, 0m)], 100m, "USD", "EUR", new(2026, 3, 10)));
    }
}
