using Streamiz.Kafka.Net.Stream;
using StreamKit.Admin;

namespace FinanceStreams.IntegrationTests.Consumption;

/// <summary>
/// The internal topics of a Streamiz topology, created up front (the local broker has no
/// CreateTopics): every repartition topic its description names, and a compacted changelog per store.
/// Streamiz prefixes both with the application id.
/// </summary>
internal static class StreamizTopics
{
    public static IReadOnlyList<TopicSpec> Internal(Topology topology, string applicationId, int partitions)
    {
        var description = topology.Describe();
        var nodes = description.SubTopologies.SelectMany(s => s.Nodes).ToList();
        var repartitions = nodes.OfType<ISinkNodeDescription>().Select(s => s.Topic).Where(t => t is not null && t.EndsWith("-repartition", StringComparison.Ordinal));
        var stores = nodes.OfType<IProcessorNodeDescription>().SelectMany(p => p.Stores);
        return
        [
            .. repartitions.Distinct().Select(t => new TopicSpec($"{applicationId}-{t}", partitions, CleanupPolicy.Delete)),
            .. stores.Distinct().Select(s => new TopicSpec($"{applicationId}-{s}-changelog", partitions, CleanupPolicy.Compact)),
        ];
    }
}
