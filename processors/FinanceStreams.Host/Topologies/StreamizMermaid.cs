using System.Text;
using Streamiz.Kafka.Net.Stream;

namespace FinanceStreams.Host.Topologies;

/// <summary>A Mermaid flowchart of a Streamiz topology description: one subgraph per sub-topology, topics as stadium nodes.</summary>
internal static class StreamizMermaid
{
    public static string Of(ITopologyDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var text = new StringBuilder("flowchart TD\n");
        foreach (var sub in description.SubTopologies)
        {
            text.Append("  subgraph sub").Append(sub.Id).Append('\n');
            foreach (var node in sub.Nodes)
            {
                text.Append("    ").Append(Id(node.Name)).Append("[\"").Append(node.Name).Append(node is IProcessorNodeDescription p && p.Stores.Any() ? $"<br/>stores: {string.Join(", ", p.Stores)}" : string.Empty).Append("\"]\n");
            }

            text.Append("  end\n");
            foreach (var node in sub.Nodes)
            {
                foreach (var next in node.Next)
                {
                    text.Append("  ").Append(Id(node.Name)).Append(" --> ").Append(Id(next.Name)).Append('\n');
                }

                if (node is ISourceNodeDescription source)
                {
                    foreach (var topic in source.Topics)
                    {
                        text.Append("  ").Append(Id("t:" + topic)).Append("([").Append(topic).Append("]) --> ").Append(Id(node.Name)).Append('\n');
                    }
                }
                else if (node is ISinkNodeDescription sink)
                {
                    text.Append("  ").Append(Id(node.Name)).Append(" --> ").Append(Id("t:" + sink.Topic)).Append("([").Append(sink.Topic).Append("])\n");
                }
            }
        }

        return text.ToString();
    }

    private static string Id(string name) => new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
}
