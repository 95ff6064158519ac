using System.Numerics;
using Avro;

namespace FinanceStreams.Contracts.Conversions;

/// <summary>
/// Conversions between <see cref="decimal"/> and the <see cref="AvroDecimal"/> of the generated
/// types. Avro writes a decimal only when its scale equals the schema's, so use
/// <see cref="ToAvroDecimal(decimal, int)"/> with the field's scale (<see cref="MoneyScale"/>).
/// </summary>
public static class AvroDecimalExtensions
{
    private static readonly BigInteger _maxUnscaled = (BigInteger.One << 96) - 1;

    /// <summary>
    /// The exact <see cref="decimal"/> value, without trailing zeros (as Avro's own conversion gives it: 100.00 reads as 100).
    /// Values that fit 96 bits are converted directly; Avro's conversion (BigInteger division and boxing, a tenth of a
    /// stream thread) is kept for the rest.
    /// </summary>
    /// <exception cref="OverflowException">The value does not fit a <see cref="decimal"/>.</exception>
    public static decimal ToDecimal(this AvroDecimal value)
    {
        var unscaled = value.UnscaledValue;
        if (value.Scale is < 0 or > 28 || unscaled > _maxUnscaled || unscaled < -_maxUnscaled)
        {
            return (decimal)value;
        }

        var whole = (decimal)unscaled;
        var scale = value.Scale;
        while (scale > 0 && whole % 10m == 0m)
        {
            whole = decimal.Truncate(whole / 10m);
            scale--;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(whole, bits);
        return new decimal(bits[0], bits[1], bits[2], unscaled.Sign < 0, (byte)scale);
    }

    /// <summary>The exact <see cref="decimal"/> value, or null.</summary>
    public static decimal? ToDecimal(this AvroDecimal? value) => value is { } v ? v.ToDecimal() : null;

    /// <summary>
    /// The value at exactly <paramref name="scale"/> decimal places. Never rounds: a value with more
    /// places than the scale throws, so money is never silently changed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">More decimal places than <paramref name="scale"/>.</exception>
    public static AvroDecimal ToAvroDecimal(this decimal value, int scale)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scale);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, 28);
        var unscaled = value;
        for (var i = 0; i < scale; i++)
        {
            unscaled *= 10m;
        }

        if (decimal.Truncate(unscaled) != unscaled)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} has more than {scale} decimal places.");
        }

        return new AvroDecimal(new BigInteger(unscaled), scale);
    }

    /// <summary>Like <see cref="ToAvroDecimal(decimal, int)"/>, passing null through.</summary>
    public static AvroDecimal? ToAvroDecimal(this decimal? value, int scale) => value is { } v ? v.ToAvroDecimal(scale) : null;
}
