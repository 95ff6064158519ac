using FinanceStreams.Contracts.Catalog;
using Streamiz.Kafka.Net.Stream;

namespace FinanceStreams.Streaming.Provisioning;

/// <summary>
/// The internal topics Streamiz expects for a topology, read from its public description
/// (<see cref="Topology.Describe"/>), so they can be created before a <c>KafkaStream</c> starts.
/// </summary>
/// <remarks>
/// The naming rules are Streamiz's own (1.8.2): an internal topic is the DSL's name prefixed by the
/// application id (<c>InternalTopologyBuilder.DecorateTopic</c>: <c>&lt;application.id&gt;-&lt;name&gt;</c>), and the
/// DSL names repartition topics <c>&lt;name&gt;-repartition</c> (<c>KStream.REPARTITION_TOPIC_SUFFIX</c>) and
/// the request/response topics of its async processors <c>&lt;name&gt;-request</c> / <c>-response</c>.
/// A state store's changelog is <c>&lt;application.id&gt;-&lt;store&gt;-changelog</c>
/// (<c>ProcessorStateManager.StoreChangelogTopic</c>). The description says neither which topics are
/// internal nor whether a store is logged, so: a topic is internal when the topology both writes and
/// reads it and its name has one of those suffixes, and every store of a (non-global) processor gets a
/// changelog; for a store built with logging disabled that topic is created and never used, which is harmless.
/// Global stores are excluded: their source topic is their changelog.
/// </remarks>
public static class InternalTopics
{
    /// <summary>Suffix Streamiz gives a state store's changelog topic.</summary>
    public const string ChangelogSuffix = "-changelog";

    private static readonly string[] InternalSuffixes = ["-repartition", "-request", "-response"];

    /// <summary>The internal topics of <paramref name="topology"/> under <paramref name="applicationId"/>, each with <paramref name="partitions"/> partitions.</summary>
    public static IReadOnlyList<TopicSpec> Of(Topology topology, string applicationId, int partitions)
    {
        ArgumentNullException.ThrowIfNull(topology);
        return Of(topology.Describe(), applicationId, partitions);
    }

    /// <summary>The internal topics of a described topology; repartition-style topics are delete-policy, changelogs compacted.</summary>
    public static IReadOnlyList<TopicSpec> Of(ITopologyDescription description, string applicationId, int partitions)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentException.ThrowIfNullOrWhiteSpace(applicationId);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);

        var nodes = description.SubTopologies.SelectMany(s => s.Nodes).ToList();
        var read = nodes.OfType<ISourceNodeDescription>().SelectMany(n => n.Topics).ToHashSet(StringComparer.Ordinal);
        var repartition = nodes.OfType<ISinkNodeDescription>()
            .Select(n => n.Topic)
            .Where(t => t is not null && read.Contains(t) && InternalSuffixes.Any(s => t.EndsWith(s, StringComparison.Ordinal)))
            .Select(t => new TopicSpec($"{applicationId}-{t}", partitions, CleanupPolicy.Delete));
        var changelogs = nodes.OfType<IProcessorNodeDescription>()
            .SelectMany(n => n.Stores)
            .Select(store => new TopicSpec(ChangelogTopic(applicationId, store), partitions, CleanupPolicy.Compact));

        return [.. repartition.Concat(changelogs).DistinctBy(t => t.Name).OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => t.Validate())];
    }

    /// <summary>The changelog topic Streamiz uses for <paramref name="store"/>: <c>&lt;applicationId&gt;-&lt;store&gt;-changelog</c>.</summary>
    public static string ChangelogTopic(string applicationId, string store) => $"{applicationId}-{store}{ChangelogSuffix}";
}
