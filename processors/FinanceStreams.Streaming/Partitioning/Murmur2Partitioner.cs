using System.Buffers.Binary;

namespace FinanceStreams.Streaming.Partitioning;

/// <summary>
/// The partitioner of Java Kafka's <c>DefaultPartitioner</c> for keyed records:
/// <c>toPositive(murmur2(keyBytes)) % numPartitions</c>, bit for bit, so records keyed here land on
/// the same partitions as records written by Java producers (and by librdkafka's <c>murmur2_random</c>).
/// </summary>
public static class Murmur2Partitioner
{
    private const uint Seed = 0x9747b28c;
    private const uint M = 0x5bd1e995;
    private const int R = 24;

    /// <summary>The partition for <paramref name="key"/> among <paramref name="partitions"/> partitions.</summary>
    /// <param name="key">The serialized record key.</param>
    /// <param name="partitions">The topic's partition count, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partitions"/> is less than 1.</exception>
    public static int Partition(ReadOnlySpan<byte> key, int partitions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        return ToPositive(Hash(key)) % partitions;
    }

    /// <summary>Kafka's <c>Utils.murmur2</c>: 32-bit MurmurHash2 with seed <c>0x9747b28c</c>, as a signed int.</summary>
    /// <param name="data">The bytes to hash.</param>
    public static int Hash(ReadOnlySpan<byte> data)
    {
        var length = data.Length;
        var h = Seed ^ (uint)length;
        var blocks = length & ~3;
        for (var i = 0; i < blocks; i += 4)
        {
            var k = BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(i, 4));
            k *= M;
            k ^= k >> R;
            k *= M;
            h *= M;
            h ^= k;
        }

        var tail = length & 3;
        if (tail > 0)
        {
            if (tail == 3)
            {
                h ^= (uint)data[blocks + 2] << 16;
            }

            if (tail >= 2)
            {
                h ^= (uint)data[blocks + 1] << 8;
            }

            h ^= data[blocks];
            h *= M;
        }

        h ^= h >> 13;
        h *= M;
        h ^= h >> 15;
        return (int)h;
    }

    /// <summary>Kafka's <c>Utils.toPositive</c>: clears the sign bit (not <c>Math.Abs</c>).</summary>
    /// <param name="number">Any int.</param>
    public static int ToPositive(int number) => number & 0x7fffffff;
}
