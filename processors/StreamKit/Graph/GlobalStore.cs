namespace StreamKit.Graph;

/// <summary>A global store: every instance reads all partitions of its topic into its own full copy.</summary>
/// <param name="Store">The store's builder (never logged: the source topic is its changelog).</param>
/// <param name="Source">The source node reading the topic.</param>
/// <param name="Nodes">The source and the processor that writes the store.</param>
public sealed record GlobalStore(IStoreBuilder Store, NodeDefinition Source, IReadOnlyList<NodeDefinition> Nodes)
{
    /// <summary>The topic the store is built from.</summary>
    public string Topic => ((ISourceNode)Source).Topics.Single();
}
