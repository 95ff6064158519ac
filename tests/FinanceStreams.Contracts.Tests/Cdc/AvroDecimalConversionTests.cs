using System.Numerics;
using Avro;
using FinanceStreams.Contracts.Conversions;

namespace FinanceStreams.Contracts.Tests.Cdc;

public sealed class AvroDecimalConversionTests
{
    [Fact]
    public void ToDecimal_ManyValuesAndScales_SameValueAndRepresentationAsAvrosConversion()
    {
        var random = new Random(20261203);
        var unscaled = new List<BigInteger> { 0, 1, -1, 10, -100, 1_000_000, (BigInteger.One << 96) - 1, -((BigInteger.One << 96) - 1) };
        for (var i = 0; i < 2_000; i++)
        {
            var bytes = new byte[random.Next(1, 13)];
            random.NextBytes(bytes);
            unscaled.Add(new BigInteger(bytes) * BigInteger.Pow(10, random.Next(0, 4)) / (random.Next(2) == 0 ? 1 : 7));
        }

        foreach (var value in unscaled.Where(u => BigInteger.Abs(u) < (BigInteger.One << 96)))
        {
            foreach (var scale in new[] { 0, 1, 2, 3, 6, 10, 28 })
            {
                var avro = new AvroDecimal(value, scale);

                var expected = (decimal)avro;
                var actual = avro.ToDecimal();

                Assert.Equal(decimal.GetBits(expected), decimal.GetBits(actual));
            }
        }
    }

    [Fact]
    public void ToDecimal_BeyondDecimalRange_ThrowsOverflow()
    {
        var avro = new AvroDecimal(BigInteger.Pow(10, 30), 0);

        Assert.Throws<OverflowException>(() => avro.ToDecimal());
    }
}
