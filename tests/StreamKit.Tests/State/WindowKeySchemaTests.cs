using StreamKit.State;

namespace StreamKit.Tests.State;

public sealed class WindowKeySchemaTests
{
    [Fact]
    public void ToStoreKey_KeyStartSequence_IsKeyThenBigEndianStartThenSequence()
    {
        var key = WindowKeySchema.ToStoreKey([0xAB], 0x0102, 3);

        Assert.Equal("AB" + "0000000000000102" + "00000003", Convert.ToHexString(key));
        Assert.Equal(0x0102, WindowKeySchema.WindowStart(key));
        Assert.Equal(3u, WindowKeySchema.Sequence(key));
        Assert.Equal([0xAB], WindowKeySchema.Key(key).ToArray());
    }

    [Fact]
    public void UpperBound_KeyThatIsPrefixOfKeyToWithLargeStart_IsStillCovered()
    {
        byte[] keyTo = [0x61, 0x00];
        const long Start = 1L << 48;

        var bound = WindowKeySchema.UpperBound(keyTo, Start);

        Assert.True(ByteArrayComparer.Instance.Compare(WindowKeySchema.ToStoreKey([0x61], Start, 0), bound) <= 0);
    }

    [Fact]
    public void UpperBound_RandomKeysAndStarts_CoversEveryKeyUpToKeyToAndStartUpToTimeTo()
    {
        var random = new Random(20240611);
        byte[] alphabet = [0x00, 0x01, 0x7F, 0x80, 0xFF];
        long[] times = [0, 1, 255, 1L << 48, 1L << 56, long.MaxValue];
        byte[] RandomKey() => [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => alphabet[random.Next(alphabet.Length)])];

        for (var i = 0; i < 5000; i++)
        {
            var keyTo = RandomKey();
            var timeTo = times[random.Next(times.Length)];
            var key = RandomKey();
            var start = times[random.Next(times.Length)];
            if (ByteArrayComparer.Instance.Compare(key, keyTo) > 0 || start > timeTo)
            {
                continue;
            }

            var storeKey = WindowKeySchema.ToStoreKey(key, start, uint.MaxValue);

            Assert.True(
                ByteArrayComparer.Instance.Compare(storeKey, WindowKeySchema.UpperBound(keyTo, timeTo)) <= 0,
                $"key {Convert.ToHexString(key)}@{start} not under keyTo {Convert.ToHexString(keyTo)}@{timeTo}");
        }
    }
}
