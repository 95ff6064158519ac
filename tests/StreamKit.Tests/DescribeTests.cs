using StreamKit.Dsl;
using StreamKit.Serialization;

namespace StreamKit.Tests;

public sealed class DescribeTests
{
    private static Topology CreateSut()
    {
        var builder = new StreamsBuilder("app");
        var names = builder.Table("names", Consumed<string, string>.With(Serdes.String, Serdes.String), Materialized<string, string>.As("names-store", Serdes.String, Serdes.String));
        builder.Stream("orders", Consumed<string, long>.With(Serdes.String, Serdes.Int64).WithName("orders-source"))
            .SelectKey((_, v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture), Serdes.String)
            .GroupByKey(Grouped<string, long>.With(Serdes.String, Serdes.Int64).WithName("by-amount"))
            .Count(Materialized<string, long>.As("counts", Serdes.String, Serdes.Int64))
            .Join(names, (n, name) => $"{name}:{n}", Materialized<string, string>.As("report", Serdes.String, Serdes.String))
            .ToStream().To("out");
        return builder.Build();
    }

    [Fact]
    public void Describe_Text_ListsSubtopologiesSourcesStoresAndSinks()
    {
        var text = CreateSut().Describe().ToString();

        Assert.Contains("Sub-topology: 0", text, StringComparison.Ordinal);
        Assert.Contains("Sub-topology: 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sub-topology: 2", text, StringComparison.Ordinal);
        Assert.Contains("Source: orders-source (topics: [orders])", text, StringComparison.Ordinal);
        Assert.Contains("(topic: app-by-amount-repartition)", text, StringComparison.Ordinal);
        Assert.Contains("(topics: [app-by-amount-repartition])", text, StringComparison.Ordinal);
        Assert.Contains("stores: [counts]", text, StringComparison.Ordinal);
        Assert.Contains("(topic: out)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_Mermaid_IsAFlowchartWithTopicsAndStores()
    {
        var mermaid = CreateSut().Describe().ToMermaid();

        Assert.StartsWith("flowchart TD\n", mermaid, StringComparison.Ordinal);
        Assert.Contains("subgraph Sub_topology_0", mermaid, StringComparison.Ordinal);
        Assert.Contains("topic_orders([\"orders\"])", mermaid, StringComparison.Ordinal);
        Assert.Contains("store_counts[(\"counts\")]", mermaid, StringComparison.Ordinal);
        Assert.Contains("topic_orders --> orders_source", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void Subtopologies_JoinedTablesShareOneSubtopology()
    {
        var subs = CreateSut().Subtopologies();
        var joinSide = Assert.Single(subs, s => s.SourceTopics.Contains("names"));
        Assert.Contains("app-by-amount-repartition", joinSide.SourceTopics);
    }
}
