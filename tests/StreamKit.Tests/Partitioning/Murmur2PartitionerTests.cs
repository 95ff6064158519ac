using System.Text;
using StreamKit.Partitioning;

namespace StreamKit.Tests.Partitioning;

public sealed class Murmur2PartitionerTests
{
    // Expected hashes are the published vectors of Apache Kafka's UtilsTest.testMurmur2.
    [Theory]
    [InlineData("21", -973932308)]
    [InlineData("foobar", -790332482)]
    [InlineData("a-little-bit-long-string", -985981536)]
    [InlineData("a-little-bit-longer-string", -1486304829)]
    [InlineData("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8", -58897971)]
    [InlineData("abc", 479470107)]
    public void Hash_KafkaUtilsTestVectors_MatchJava(string key, int expected)
    {
        Assert.Equal(expected, Murmur2Partitioner.Hash(Encoding.UTF8.GetBytes(key)));
    }

    // Published by Akka's Murmur2Spec as outputs of Kafka's Utils.murmur2; they cover every tail length.
    [Theory]
    [InlineData("1", -1993445489)]
    [InlineData("12", 126087238)]
    [InlineData("123", -267702483)]
    [InlineData("1234", -1614185708)]
    [InlineData("12345", -1188365604)]
    public void Hash_EachTailLength_MatchesJava(string key, int expected)
    {
        Assert.Equal(expected, Murmur2Partitioner.Hash(Encoding.UTF8.GetBytes(key)));
    }

    // Expected partitions are Java's toPositive(murmur2(key)) % n over the vectors above.
    [Theory]
    [InlineData("21", 100, 40)]
    [InlineData("foobar", 12, 6)]
    [InlineData("foobar", 100, 66)]
    [InlineData("a-little-bit-long-string", 3, 2)]
    [InlineData("a-little-bit-longer-string", 6, 5)]
    [InlineData("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8", 100, 77)]
    [InlineData("abc", 6, 3)]
    [InlineData("abc", 1, 0)]
    public void Partition_StringKey_MatchesJavaDefaultPartitioner(string key, int partitions, int expected)
    {
        Assert.Equal(expected, Murmur2Partitioner.Partition(Encoding.UTF8.GetBytes(key), partitions));
    }

    [Fact]
    public void Partition_NegativeHash_ClearsSignBitInsteadOfAbs()
    {
        // "foobar" hashes to -790332482: toPositive gives 1357151166 (Math.Abs would give 790332482).
        var partition = Murmur2Partitioner.Partition("foobar"u8, 1_000_000_000);

        Assert.Equal(357151166, partition);
    }

    [Fact]
    public void Hash_EmptyKey_IsStable()
    {
        Assert.Equal(Murmur2Partitioner.Hash([]), Murmur2Partitioner.Hash(ReadOnlySpan<byte>.Empty));
        Assert.InRange(Murmur2Partitioner.Partition([], 7), 0, 6);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Partition_NoPartitions_Throws(int partitions)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Murmur2Partitioner.Partition("k"u8, partitions));
    }

    [Theory]
    [InlineData(int.MinValue, 0)]
    [InlineData(-1, int.MaxValue)]
    [InlineData(5, 5)]
    public void ToPositive_Values_MaskSignBit(int input, int expected)
    {
        Assert.Equal(expected, Murmur2Partitioner.ToPositive(input));
    }
}
