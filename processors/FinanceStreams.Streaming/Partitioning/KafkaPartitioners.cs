using Confluent.Kafka;

namespace FinanceStreams.Streaming.Partitioning;

/// <summary>
/// Partitioners for Confluent.Kafka producers, for
/// <see cref="ProducerBuilder{TKey, TValue}.SetDefaultPartitioner(PartitionerDelegate)"/>.
/// </summary>
public static class KafkaPartitioners
{
    /// <summary>
    /// Java-compatible murmur2 for keyed records (<see cref="Murmur2Partitioner"/>); records with a
    /// null key go to a random partition, as with librdkafka's <c>murmur2_random</c>.
    /// </summary>
    public static PartitionerDelegate Murmur2 { get; } = Murmur2Random;

    private static Partition Murmur2Random(string topic, int partitionCount, ReadOnlySpan<byte> keyData, bool keyIsNull)
    {
        if (partitionCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(partitionCount), partitionCount, $"Topic '{topic}' has no partitions.");
        }

        return keyIsNull
            ? new Partition(Random.Shared.Next(partitionCount))
            : new Partition(Murmur2Partitioner.Partition(keyData, partitionCount));
    }
}
