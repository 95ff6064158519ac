namespace StreamKit.Graph;

/// <summary>A node of a topology as built, before any task instantiates it.</summary>
public abstract class NodeDefinition
{
    private readonly List<NodeDefinition> _parents = [];
    private readonly List<NodeDefinition> _children = [];
    private readonly List<string> _stores = [];

    /// <summary>Creates a node.</summary>
    protected NodeDefinition(string name) => Name = name;

    /// <summary>Unique name within the topology.</summary>
    public string Name { get; }

    /// <summary>Upstream nodes.</summary>
    public IReadOnlyList<NodeDefinition> Parents => _parents;

    /// <summary>Downstream nodes.</summary>
    public IReadOnlyList<NodeDefinition> Children => _children;

    /// <summary>Names of the state stores this node reads or writes.</summary>
    public IReadOnlyList<string> StoreNames => _stores;

    /// <summary>What kind of node this is, for descriptions.</summary>
    public abstract NodeKind Kind { get; }

    internal void ConnectStore(string store)
    {
        if (!_stores.Contains(store, StringComparer.Ordinal))
        {
            _stores.Add(store);
        }
    }

    /// <summary>Links <paramref name="child"/> below this node.</summary>
    private protected void Link(NodeDefinition child)
    {
        _children.Add(child);
        child._parents.Add(this);
    }
}
