using System.Globalization;
using Confluent.Kafka;
using FinanceStreams.Contracts.Catalog;
using Streamiz.Kafka.Net.Stream;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>
/// Sends a record to every partition of a repartition topic: one copy per partition, keyed
/// <c>#p</c>, routed to partition p. For reference data every task needs (FX rates).
/// </summary>
public static class Broadcast
{
    /// <summary>A copy of every record of <paramref name="stream"/> on each partition of the repartition topic <paramref name="name"/>.</summary>
    public static IKStream<string, T> ToEveryPartition<T>(this IKStream<string, T> stream, string name, int? partitions)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        var copies = partitions ?? Topics.Partitions;
        return stream
            .FlatMap((_, value, _) => Enumerable.Range(0, copies).Select(p => KeyValuePair.Create(Key(p), value)), $"{name}-broadcast")
            .Repartition(Wiring.Into<T>(name, partitions).WithStreamPartitioner(Partition));
    }

    /// <summary>The key of the copy for partition <paramref name="partition"/>.</summary>
    public static string Key(int partition) => $"#{partition.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The partition of a copy.</summary>
    public static Partition Partition<TValue>(string topic, string key, TValue value, Partition source, int partitions)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new Partition(int.Parse(key.AsSpan(1), CultureInfo.InvariantCulture) % partitions);
    }
}
