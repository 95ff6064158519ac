using StreamKit.Graph;
namespace StreamKit;

/// <summary>Splitting the graph into sub-topologies: nodes linked by edges or by a shared store run in one task.</summary>
public sealed partial class Topology
{
    /// <summary>The sub-topologies, numbered in the order of their first node.</summary>
    public IReadOnlyList<Subtopology> Subtopologies()
    {
        var globalNodes = _globalStores.Values.SelectMany(g => g.Nodes).ToHashSet();
        var local = _nodes.Where(n => !globalNodes.Contains(n)).ToList();
        var groups = new UnionFind<NodeDefinition>(local);
        foreach (var node in local)
        {
            foreach (var child in node.Children)
            {
                groups.Union(node, child);
            }
        }

        foreach (var byStore in local.SelectMany(n => n.StoreNames.Where(_stores.ContainsKey).Select(s => (n, s))).GroupBy(x => x.s))
        {
            var first = byStore.First().n;
            foreach (var (n, _) in byStore)
            {
                groups.Union(first, n);
            }
        }

        return [.. local
            .GroupBy(groups.Find)
            .Select((g, i) => new Subtopology(
                i,
                [.. g],
                [.. g.SelectMany(n => n.StoreNames).Distinct(StringComparer.Ordinal).Where(_stores.ContainsKey).Select(s => _stores[s])]))];
    }

    /// <summary>Describes the topology as text (<c>ToString()</c>) and Mermaid (<c>ToMermaid()</c>).</summary>
    public TopologyDescription Describe() => new(Subtopologies(), _globalStores.Values);

    /// <summary>Internal changelog topics of stores with logging enabled.</summary>
    public IEnumerable<InternalTopic> ChangelogTopics(string applicationId) =>
        _stores.Values.Where(s => s.LoggingEnabled).Select(s => new InternalTopic($"{applicationId}-{s.Name}-changelog", InternalTopicKind.Changelog));

    private sealed class UnionFind<T>
        where T : notnull
    {
        private readonly Dictionary<T, T> _parent;

        public UnionFind(IEnumerable<T> items) => _parent = items.ToDictionary(i => i, i => i);

        public T Find(T item)
        {
            while (!EqualityComparer<T>.Default.Equals(_parent[item], item))
            {
                _parent[item] = _parent[_parent[item]];
                item = _parent[item];
            }

            return item;
        }

        public void Union(T a, T b) => _parent[Find(b)] = Find(a);
    }
}
