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
    /// <summary>The exact <see cref="decimal"/> value.</summary>
    /// <exception cref="OverflowException">The value does not fit a <see cref="decimal"/>.</exception>
    public static decimal ToDecimal(this AvroDecimal value) => (decimal)value;

    /// <summary>The exact <see cref="decimal"/> value, or null.</summary>
    public static decimal? ToDecimal(this AvroDecimal? value) => value is { } v ? (decimal)v : null;

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
