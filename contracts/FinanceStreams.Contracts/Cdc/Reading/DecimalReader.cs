using System.Globalization;
using System.Numerics;
using Avro;

namespace FinanceStreams.Contracts.Cdc.Reading;

/// <summary>
/// Reads an Avro <c>decimal</c> from a string ("1234.50"), a JSON number, an integer, an Avro decimal,
/// or (wrapped JSON with a Connect Decimal schema) base64 big-endian bytes. Never rounds; never accepts
/// binary floating point.
/// </summary>
internal static class DecimalReader
{
    /// <summary>10^p for the precisions a schema may give, computed once instead of at every read.</summary>
    private static readonly BigInteger[] Limits = [.. Enumerable.Range(0, 40).Select(p => BigInteger.Pow(10, p))];

    public static AvroDecimal Read(object? value, int precision, int scale, string path, ConversionScope scope)
    {
        decimal number;
        try
        {
            number = value switch
            {
                string s when scope.Tree.ConnectDecimalScales.TryGetValue(path, out var connectScale) => FromBase64(s, connectScale),
                string s => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
                JsonNumber n => decimal.Parse(n.Raw, NumberStyles.Float, CultureInfo.InvariantCulture),
                AvroDecimal d => (decimal)d,
                int i => i,
                long l => l,
                _ => throw scope.Error(path, Expected() + " as string or number", value),
            };
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            throw scope.Error(path, Expected(), value, ex);
        }

        var unscaled = number;
        for (var i = 0; i < scale; i++)
        {
            unscaled *= 10m;
        }

        if (decimal.Truncate(unscaled) != unscaled)
        {
            throw scope.Error(path, $"{Expected()} (at most {scale} decimal places)", value);
        }

        var digits = BigInteger.Abs(new BigInteger(unscaled));
        if (digits >= (precision < Limits.Length ? Limits[precision] : BigInteger.Pow(10, precision)))
        {
            throw scope.Error(path, $"{Expected()} (at most {precision} digits)", value);
        }

        return new AvroDecimal(new BigInteger(unscaled), scale);

        string Expected() => $"a decimal({precision},{scale})"; // worded only for an error
    }

    private static decimal FromBase64(string text, int scale)
    {
        var bytes = Convert.FromBase64String(text);
        var unscaled = new BigInteger(bytes, isUnsigned: false, isBigEndian: true);
        return (decimal)new AvroDecimal(unscaled, scale);
    }
}
