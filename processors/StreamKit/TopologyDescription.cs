using StreamKit.Graph;
using System.Text;

namespace StreamKit;

/// <summary>A readable description of a topology, as text (Kafka Streams' layout) and as a Mermaid flowchart.</summary>
public sealed class TopologyDescription
{
    private readonly IReadOnlyList<Subtopology> _subtopologies;
    private readonly IReadOnlyCollection<GlobalStore> _globals;

    internal TopologyDescription(IReadOnlyList<Subtopology> subtopologies, IReadOnlyCollection<GlobalStore> globals)
    {
        _subtopologies = subtopologies;
        _globals = globals;
    }

    /// <summary>The text form: sub-topologies with their sources, processors, stores and sinks.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("Topologies:\n");
        foreach (var sub in _subtopologies)
        {
            text.Append("   Sub-topology: ").Append(sub.Id).Append('\n');
            AppendNodes(text, sub.Nodes);
        }

        foreach (var global in _globals)
        {
            text.Append("   Global store: ").Append(global.Store.Name).Append('\n');
            AppendNodes(text, global.Nodes);
        }

        return text.ToString();
    }

    /// <summary>The Mermaid form: one subgraph per sub-topology, topics as stadiums, stores as cylinders.</summary>
    public string ToMermaid()
    {
        var text = new StringBuilder("flowchart TD\n");
        var topics = new HashSet<string>(StringComparer.Ordinal);
        var stores = new HashSet<string>(StringComparer.Ordinal);
        var parts = _subtopologies.Select(s => ($"Sub-topology {s.Id}", s.Nodes)).Concat(_globals.Select(g => ($"Global store {g.Store.Name}", g.Nodes)));
        foreach (var (title, nodes) in parts)
        {
            text.Append("  subgraph ").Append(Id(title)).Append(" [\"").Append(title).Append("\"]\n");
            foreach (var node in nodes)
            {
                text.Append("    ").Append(Id(node.Name)).Append("[\"").Append(node.Kind).Append(": ").Append(node.Name).Append("\"]\n");
            }

            text.Append("  end\n");
            foreach (var node in nodes)
            {
                foreach (var child in node.Children)
                {
                    text.Append("  ").Append(Id(node.Name)).Append(" --> ").Append(Id(child.Name)).Append('\n');
                }

                foreach (var topic in Topics(node))
                {
                    topics.Add(topic);
                    var edge = node.Kind == NodeKind.Source ? $"{Id("topic " + topic)} --> {Id(node.Name)}" : $"{Id(node.Name)} --> {Id("topic " + topic)}";
                    text.Append("  ").Append(edge).Append('\n');
                }

                foreach (var store in node.StoreNames)
                {
                    stores.Add(store);
                    text.Append("  ").Append(Id(node.Name)).Append(" -.- ").Append(Id("store " + store)).Append('\n');
                }
            }
        }

        foreach (var topic in topics)
        {
            text.Append("  ").Append(Id("topic " + topic)).Append("([\"").Append(topic).Append("\"])\n");
        }

        foreach (var store in stores)
        {
            text.Append("  ").Append(Id("store " + store)).Append("[(\"").Append(store).Append("\")]\n");
        }

        return text.ToString();
    }

    private static void AppendNodes(StringBuilder text, IEnumerable<NodeDefinition> nodes)
    {
        foreach (var node in nodes)
        {
            text.Append("    ").Append(node.Kind).Append(": ").Append(node.Name);
            text.Append(node switch
            {
                ISourceNode source => $" (topics: [{string.Join(", ", source.Topics)}])",
                ISinkNode sink => $" (topic: {sink.Topic})",
                _ => $" (stores: [{string.Join(", ", node.StoreNames)}])",
            }).Append('\n');
            if (node.Children.Count > 0)
            {
                text.Append("      --> ").Append(string.Join(", ", node.Children.Select(c => c.Name))).Append('\n');
            }

            if (node.Parents.Count > 0)
            {
                text.Append("      <-- ").Append(string.Join(", ", node.Parents.Select(p => p.Name))).Append('\n');
            }
        }
    }

    private static IEnumerable<string> Topics(NodeDefinition node) => node switch
    {
        ISourceNode source => source.Topics,
        ISinkNode sink => [sink.Topic],
        _ => [],
    };

    private static string Id(string name) => new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
}
