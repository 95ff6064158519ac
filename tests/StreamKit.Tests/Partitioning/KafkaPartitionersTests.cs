using System.Text;
using Confluent.Kafka;
using StreamKit.Partitioning;

namespace StreamKit.Tests.Partitioning;

public sealed class KafkaPartitionersTests
{
    private static PartitionerDelegate CreateSut() => KafkaPartitioners.Murmur2;

    [Theory]
    [InlineData("foobar", 12, 6)]
    [InlineData("a-little-bit-longer-string", 6, 5)]
    public void Murmur2_KeyedRecord_ReturnsJavaPartition(string key, int partitions, int expected)
    {
        var sut = CreateSut();

        var partition = sut("topic", partitions, Encoding.UTF8.GetBytes(key), keyIsNull: false);

        Assert.Equal(new Partition(expected), partition);
    }

    [Fact]
    public void Murmur2_NullKey_ReturnsPartitionInRange()
    {
        var sut = CreateSut();

        for (var i = 0; i < 50; i++)
        {
            Assert.InRange(sut("topic", 3, ReadOnlySpan<byte>.Empty, keyIsNull: true).Value, 0, 2);
        }
    }

    [Fact]
    public void Murmur2_EmptyNonNullKey_IsHashedNotRandom()
    {
        var sut = CreateSut();

        var partition = sut("topic", 1000, ReadOnlySpan<byte>.Empty, keyIsNull: false);

        Assert.Equal(Murmur2Partitioner.Partition([], 1000), partition.Value);
    }

    [Fact]
    public void Murmur2_CanBeSetOnProducerBuilder_BuildsProducer()
    {
        var config = new ProducerConfig { BootstrapServers = "127.0.0.1:1" };
        using var producer = new ProducerBuilder<string, string>(config).SetDefaultPartitioner(CreateSut()).Build();

        Assert.NotNull(producer);
    }

    [Fact]
    public void Murmur2_NoPartitions_ThrowsNamingTopic()
    {
        var sut = CreateSut();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sut("orders", 0, "k"u8, keyIsNull: false));

        Assert.Contains("orders", error.Message, StringComparison.Ordinal);
    }
}
