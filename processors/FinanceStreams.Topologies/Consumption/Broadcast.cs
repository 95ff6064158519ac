using System.Globalization;
using Confluent.Kafka;

namespace FinanceStreams.Topologies.Consumption;

/// <summary>
/// Sends a record to every partition of a repartition topic: one copy per partition, keyed
/// <c>#p</c>, routed to partition p. For reference data every task needs (FX rates).
/// </summary>
public static class Broadcast
{
    /// <summary>The key of the copy for partition <paramref name="partition"/>.</summary>
    public static string Key(int partition) => $"#{partition.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The partition of a copy.</summary>
    public static Partition Partition<TValue>(string topic, string key, TValue value, Partition source, int partitions)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new Partition(int.Parse(key.AsSpan(1), CultureInfo.InvariantCulture) % partitions);
    }
}
