using Streamiz.Kafka.Net.Stream;

namespace FinanceStreams.Streaming.DeadLetters;

/// <summary>Which source node of a topology reads a topic, from its public description.</summary>
internal sealed class SourceNodeIndex
{
    private readonly Dictionary<string, string> _byTopic = new(StringComparer.Ordinal);

    /// <summary>Indexes the source nodes; an internal topic is also found under its <c>&lt;applicationId&gt;-</c> name.</summary>
    public SourceNodeIndex(ITopologyDescription description, string applicationId)
    {
        var sources = description.SubTopologies.SelectMany(s => s.Nodes).OfType<ISourceNodeDescription>()
            .Concat(description.GlobalStores.Select(g => g.Source));
        foreach (var source in sources)
        {
            foreach (var topic in source.Topics)
            {
                _byTopic.TryAdd(topic, source.Name);
                _byTopic.TryAdd($"{applicationId}-{topic}", source.Name);
            }
        }
    }

    /// <summary>The source node reading <paramref name="topic"/>, or <see langword="null"/>.</summary>
    public string? Find(string topic) => _byTopic.GetValueOrDefault(topic);
}
