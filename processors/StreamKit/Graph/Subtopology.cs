namespace StreamKit.Graph;

/// <summary>A connected part of a topology: the nodes that run in one task, and their stores.</summary>
/// <param name="Id">Index of the sub-topology.</param>
/// <param name="Nodes">Its nodes, in the order they were added.</param>
/// <param name="Stores">Builders of the stores its nodes use.</param>
public sealed record Subtopology(int Id, IReadOnlyList<NodeDefinition> Nodes, IReadOnlyList<IStoreBuilder> Stores)
{
    internal IEnumerable<ISourceNode> Sources => Nodes.OfType<ISourceNode>();

    /// <summary>Every topic this sub-topology reads.</summary>
    public IReadOnlyList<string> SourceTopics => [.. Sources.SelectMany(s => s.Topics)];

    /// <summary>Every topic this sub-topology writes (excluding changelogs).</summary>
    public IReadOnlyList<string> SinkTopics => [.. Nodes.OfType<ISinkNode>().Select(s => s.Topic)];
}
