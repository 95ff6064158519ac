using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Streaming.Provisioning;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.Crosscutting;
using Streamiz.Kafka.Net.SerDes;
using Streamiz.Kafka.Net.State;
using Streamiz.Kafka.Net.Stream;
using Streamiz.Kafka.Net.Table;

namespace FinanceStreams.Streaming.Tests.Provisioning;

public sealed class InternalTopicsTests
{
    /// <summary>Re-key → group → count (a repartition and a logged store), plus a global table and a plain sink.</summary>
    internal static Topology CreateTopology()
    {
        var builder = new StreamBuilder();
        builder.GlobalTable<string, string>("rates", new StringSerDes(), new StringSerDes(), InMemory.As<string, string>("rates-store"));
        builder.Stream<string, string>("orders", new StringSerDes(), new StringSerDes())
            .SelectKey((_, v, _) => v)
            .GroupByKey()
            .Count(Materialized<string, long, IKeyValueStore<Bytes, byte[]>>.Create("order-counts").WithValueSerdes(new Int64SerDes()))
            .ToStream()
            .To("order-counts-out", new StringSerDes(), new Int64SerDes());
        return builder.Build();
    }

    [Fact]
    public void Of_RepartitionAndAggregate_ListsRepartitionAndChangelog()
    {
        var topics = InternalTopics.Of(CreateTopology(), "app-1", 3);

        var repartition = Assert.Single(topics, t => t.Name.EndsWith("-repartition", StringComparison.Ordinal));
        Assert.StartsWith("app-1-", repartition.Name, StringComparison.Ordinal);
        Assert.Equal(CleanupPolicy.Delete, repartition.CleanupPolicy);
        var changelog = Assert.Single(topics, t => t.Name.EndsWith("-changelog", StringComparison.Ordinal));
        Assert.Equal("app-1-order-counts-changelog", changelog.Name);
        Assert.Equal(CleanupPolicy.Compact, changelog.CleanupPolicy);
        Assert.Equal(2, topics.Count);
        Assert.All(topics, t => Assert.Equal(3, t.Partitions));
    }

    [Fact]
    public void Of_RepartitionTopic_IsTheOneTheTopologyWritesAndReads()
    {
        var description = CreateTopology().Describe();
        var nodes = description.SubTopologies.SelectMany(s => s.Nodes).ToList();
        var written = nodes.OfType<ISinkNodeDescription>().Select(n => n.Topic).Single(t => t.EndsWith("-repartition", StringComparison.Ordinal));

        var topics = InternalTopics.Of(description, "app-1", 3);

        Assert.Contains(topics, t => t.Name == $"app-1-{written}");
        Assert.Contains(nodes.OfType<ISourceNodeDescription>(), n => n.Topics.Contains(written));
    }

    [Fact]
    public void Of_UserTopicsAndGlobalStores_AreNotInternal()
    {
        var names = InternalTopics.Of(CreateTopology(), "app-1", 3).Select(t => t.Name).ToList();

        Assert.DoesNotContain(names, n => n.Contains("orders", StringComparison.Ordinal) && !n.EndsWith("-repartition", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.Contains("order-counts-out", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.Contains("rates", StringComparison.Ordinal));
    }

    [Fact]
    public void Of_StatelessTopology_IsEmpty()
    {
        var builder = new StreamBuilder();
        builder.Stream<string, string>("in", new StringSerDes(), new StringSerDes()).MapValues((v, _) => v.ToUpperInvariant()).To("out");

        Assert.Empty(InternalTopics.Of(builder.Build(), "app-1", 3));
    }

    [Fact]
    public void Of_SinkNamedLikeRepartitionButNeverRead_IsNotInternal()
    {
        var builder = new StreamBuilder();
        builder.Stream<string, string>("in", new StringSerDes(), new StringSerDes()).To("audit-repartition");

        Assert.Empty(InternalTopics.Of(builder.Build(), "app-1", 3));
    }

    [Fact]
    public void Of_TwoStoresInOneProcessorChain_GetOneChangelogEach()
    {
        var builder = new StreamBuilder();
        var table = builder.Table("lines", new StringSerDes(), new StringSerDes(), InMemory.As<string, string>("lines-store"));
        builder.Stream<string, string>("events", new StringSerDes(), new StringSerDes())
            .Join(table, (e, l) => e + l)
            .GroupByKey()
            .Reduce((a, b) => a + b, InMemory.As<string, string>("joined-store"))
            .ToStream()
            .To("joined");

        var names = InternalTopics.Of(builder.Build(), "app-2", 1).Select(t => t.Name);

        Assert.Equal(["app-2-joined-store-changelog", "app-2-lines-store-changelog"], names);
    }

    [Theory]
    [InlineData("", 3)]
    [InlineData("app", 0)]
    public void Of_BadArguments_Throw(string applicationId, int partitions) =>
        Assert.ThrowsAny<ArgumentException>(() => InternalTopics.Of(CreateTopology(), applicationId, partitions));

    [Fact]
    public void ChangelogTopic_Store_FollowsStreamizNaming() =>
        Assert.Equal("app-store-changelog", InternalTopics.ChangelogTopic("app", "store"));
}
