using StreamKit.Admin;
using StreamKit.Errors;
using StreamKit.Graph;

namespace StreamKit.Runtime;

/// <summary>
/// Works out how many partitions each sub-topology has, checks co-partitioning, and lists the
/// internal topics (repartition, changelog) that must exist. Fails naming every missing input topic.
/// </summary>
internal static class TopicPlanner
{
    public static async Task<IReadOnlyList<TopicSpec>> PlanAsync(Topology topology, string applicationId, ITopicAdmin admin, CancellationToken cancel)
    {
        var subs = topology.Subtopologies();
        var repartition = topology.RepartitionTopics.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var external = subs.SelectMany(s => s.SourceTopics).Concat(topology.GlobalStores.Select(g => g.Topic)).Where(t => !repartition.ContainsKey(t)).Distinct().ToList();
        var counts = new Dictionary<string, int>(await admin.GetPartitionCountsAsync(external, cancel).ConfigureAwait(false), StringComparer.Ordinal);
        var missing = external.Where(t => !counts.ContainsKey(t)).ToList();
        if (missing.Count > 0)
        {
            throw new FatalStreamsException($"Application '{applicationId}' reads topics that do not exist: {string.Join(", ", missing)}. Create them first.");
        }

        ResolveRepartitionCounts(subs, repartition, counts);
        foreach (var sub in subs)
        {
            var distinct = sub.SourceTopics.Select(t => (Topic: t, Count: counts[t])).DistinctBy(x => x.Count).ToList();
            if (distinct.Count > 1)
            {
                throw new FatalStreamsException($"Sub-topology {sub.Id} joins topics that are not co-partitioned: {string.Join(", ", distinct.Select(d => $"{d.Topic} ({d.Count} partitions)"))}. They must have the same number of partitions.");
            }
        }

        var specs = repartition.Values.Select(r => r.ToSpec(counts[r.Name])).ToList();
        foreach (var sub in subs)
        {
            var partitions = counts[sub.SourceTopics[0]];
            specs.AddRange(sub.Stores.Where(s => s.LoggingEnabled).Select(s => new InternalTopic($"{applicationId}-{s.Name}-changelog", InternalTopicKind.Changelog).ToSpec(partitions)));
        }

        return specs;
    }

    /// <summary>A repartition topic without a fixed count takes the count of the sub-topology writing it.</summary>
    private static void ResolveRepartitionCounts(IReadOnlyList<Subtopology> subs, Dictionary<string, InternalTopic> repartition, Dictionary<string, int> counts)
    {
        foreach (var topic in repartition.Values.Where(r => r.Partitions is not null))
        {
            counts[topic.Name] = topic.Partitions!.Value;
        }

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var sub in subs)
            {
                var known = sub.SourceTopics.Where(counts.ContainsKey).Select(t => counts[t]).DefaultIfEmpty(0).Max();
                var written = sub.SinkTopics.Where(t => repartition.TryGetValue(t, out var r) && r.CopartitionedWithStore is null && !counts.ContainsKey(t) && known > 0);
                var copartitioned = repartition.Values.Where(r => !counts.ContainsKey(r.Name) && known > 0 && sub.Stores.Any(s => s.Name == r.CopartitionedWithStore)).Select(r => r.Name);
                foreach (var topic in written.Concat(copartitioned).ToList())
                {
                    counts[topic] = known;
                    changed = true;
                }
            }
        }

        var unresolved = repartition.Keys.Where(t => !counts.ContainsKey(t)).ToList();
        if (unresolved.Count > 0)
        {
            throw new FatalStreamsException($"Cannot work out the partition count of {string.Join(", ", unresolved)}; give it one explicitly.");
        }
    }
}
