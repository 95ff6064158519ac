using StreamKit.Graph;
using StreamKit.Processing;
using StreamKit.Serialization;

namespace StreamKit;

/// <summary>
/// A processing graph: sources, processors, sinks and state stores. Built by the DSL
/// (<c>Dsl.StreamsBuilder</c>) or directly through this Processor API.
/// </summary>
public sealed partial class Topology
{
    private readonly List<NodeDefinition> _nodes = [];
    private readonly Dictionary<string, IStoreBuilder> _stores = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GlobalStore> _globalStores = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InternalTopic> _repartitionTopics = new(StringComparer.Ordinal);

    /// <summary>The application id the DSL named internal topics after; null for a Processor-API topology.</summary>
    public string? ApplicationId { get; internal set; }

    /// <summary>Every node, in the order added.</summary>
    public IReadOnlyList<NodeDefinition> Nodes => _nodes;

    /// <summary>Adds a source reading <paramref name="topics"/>.</summary>
    public OutputNode<TKey, TValue> AddSource<TKey, TValue>(string name, ISerde<TKey> keySerde, ISerde<TValue> valueSerde, params string[] topics)
    {
        if (topics.Length == 0)
        {
            throw new ArgumentException($"Source '{name}' needs at least one topic.", nameof(topics));
        }

        var claimed = _nodes.OfType<ISourceNode>().SelectMany(s => s.Topics.Select(t => (t, s.Name))).FirstOrDefault(x => topics.Contains(x.t));
        if (claimed.t is not null)
        {
            throw new InvalidOperationException($"Topic '{claimed.t}' is already read by source '{claimed.Name}'; a topic has one source.");
        }

        return AddNode(new SourceNode<TKey, TValue>(name, topics, keySerde, valueSerde));
    }

    /// <summary>Adds a processor below <paramref name="parent"/>, connected to <paramref name="stores"/>.</summary>
    public OutputNode<TKeyOut, TValueOut> AddProcessor<TKeyIn, TValueIn, TKeyOut, TValueOut>(
        string name,
        Func<IProcessor<TKeyIn, TValueIn, TKeyOut, TValueOut>> supplier,
        OutputNode<TKeyIn, TValueIn> parent,
        params string[] stores)
    {
        var node = AddNode(new ProcessorNode<TKeyIn, TValueIn, TKeyOut, TValueOut>(name, supplier));
        parent.AddChild(node);
        foreach (var store in stores)
        {
            ConnectStore(node, store);
        }

        return node;
    }

    /// <summary>Adds a sink writing to <paramref name="topic"/> below <paramref name="parent"/>.</summary>
    public NodeDefinition AddSink<TKey, TValue>(string name, string topic, ISerde<TKey> keySerde, ISerde<TValue> valueSerde, OutputNode<TKey, TValue> parent)
    {
        var sink = AddNode(new SinkNode<TKey, TValue>(name, topic, keySerde, valueSerde));
        parent.AddChild(sink);
        return sink;
    }

    /// <summary>Adds a state store, optionally connected to processors already added.</summary>
    public void AddStateStore(IStoreBuilder builder, params string[] processorNames)
    {
        if (!_stores.TryAdd(builder.Name, builder) || _globalStores.ContainsKey(builder.Name))
        {
            throw new InvalidOperationException($"A store named '{builder.Name}' already exists in this topology.");
        }

        foreach (var name in processorNames)
        {
            ConnectStore(_nodes.Single(n => n.Name == name), builder.Name);
        }
    }

    /// <summary>Declares an internal repartition topic, <c>&lt;application.id&gt;-&lt;name&gt;-repartition</c>.</summary>
    public string AddRepartitionTopic(string applicationId, string name, int? partitions, string? copartitionedWithStore = null)
    {
        var topic = $"{applicationId}-{name}-repartition";
        if (!_repartitionTopics.TryAdd(topic, new InternalTopic(topic, InternalTopicKind.Repartition, partitions, copartitionedWithStore)))
        {
            throw new InvalidOperationException($"Repartition topic '{topic}' is declared twice; give the operation a unique name.");
        }

        return topic;
    }

    internal void AddGlobalStore(GlobalStore global)
    {
        if (_stores.ContainsKey(global.Store.Name) || !_globalStores.TryAdd(global.Store.Name, global))
        {
            throw new InvalidOperationException($"A store named '{global.Store.Name}' already exists in this topology.");
        }
    }

    /// <summary>Global stores: fully replicated to every instance, fed by their own source.</summary>
    public IReadOnlyCollection<GlobalStore> GlobalStores => _globalStores.Values;

    /// <summary>Declared repartition topics.</summary>
    public IReadOnlyCollection<InternalTopic> RepartitionTopics => _repartitionTopics.Values;

    internal void ConnectStore(NodeDefinition node, string store) => node.ConnectStore(store);

    internal T AddNode<T>(T node)
        where T : NodeDefinition
    {
        if (_nodes.Any(n => n.Name == node.Name))
        {
            throw new InvalidOperationException($"A node named '{node.Name}' already exists in this topology.");
        }

        _nodes.Add(node);
        return node;
    }
}
