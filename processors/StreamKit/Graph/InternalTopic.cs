using StreamKit.Admin;

namespace StreamKit.Graph;

/// <summary>What an internal topic is for.</summary>
public enum InternalTopicKind
{
    /// <summary><c>&lt;application.id&gt;-&lt;name&gt;-repartition</c>: records re-keyed for a downstream sub-topology.</summary>
    Repartition,

    /// <summary><c>&lt;application.id&gt;-&lt;store&gt;-changelog</c>: a store's changes, compacted.</summary>
    Changelog,
}

/// <summary>An internal topic of a topology; its partition count follows the sub-topology that uses it.</summary>
/// <param name="Name">Full topic name.</param>
/// <param name="Kind">Repartition or changelog.</param>
/// <param name="Partitions">Fixed partition count, or null to take it from the topology.</param>
/// <param name="CopartitionedWithStore">When set, the topic has as many partitions as the sub-topology holding this store (foreign-key joins).</param>
public sealed record InternalTopic(string Name, InternalTopicKind Kind, int? Partitions = null, string? CopartitionedWithStore = null)
{
    /// <summary>The topic as it must exist, given the partition count the topology resolved.</summary>
    public TopicSpec ToSpec(int partitions) =>
        new(Name, Partitions ?? partitions, Kind == InternalTopicKind.Changelog ? CleanupPolicy.Compact : CleanupPolicy.Delete);
}
