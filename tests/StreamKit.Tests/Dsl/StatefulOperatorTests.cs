using StreamKit.Dsl;
using StreamKit.Serialization;
using StreamKit.Testing;

namespace StreamKit.Tests.Dsl;

public sealed class StatefulOperatorTests
{
    private static readonly Consumed<string, string> Strings = Consumed<string, string>.With(Serdes.String, Serdes.String);
    private static readonly Consumed<string, long> Longs = Consumed<string, long>.With(Serdes.String, Serdes.Int64);

    [Fact]
    public void GroupByKeyAggregate_SumsPerKey_AndEmitsEachUpdate()
    {
        var builder = new StreamsBuilder("app");
        builder.Stream("in", Longs).GroupByKey()
            .Aggregate(() => 0L, (_, v, sum) => sum + v, Materialized<string, long>.As("sums", Serdes.String, Serdes.Int64))
            .ToStream().To("out");
        using var driver = new TopologyTestDriver(builder.Build());
        var input = driver.CreateInputTopic("in", Serdes.String, Serdes.Int64);
        input.Pipe("a", 5, 1);
        input.Pipe("b", 1, 2);
        input.Pipe("a", 7, 3);

        Assert.Equal([5L, 1L, 12L], driver.CreateOutputTopic("out", Serdes.String, Serdes.Int64).ReadValues());
        Assert.Equal(new Dictionary<string, long> { ["a"] = 12, ["b"] = 1 }, driver.ReadTable<string, long>("sums"));
    }

    [Fact]
    public void GroupByNewKey_GoesThroughARepartitionTopicNamedAfterTheApplication()
    {
        var builder = new StreamsBuilder("shop");
        builder.Stream("in", Strings).GroupBy((_, v) => v, Grouped<string, string>.With(Serdes.String, Serdes.String).WithName("by-colour"))
            .Count(Materialized<string, long>.As("counts", Serdes.String, Serdes.Int64));
        var topology = builder.Build();
        using var driver = new TopologyTestDriver(topology, "shop");
        var input = driver.CreateInputTopic("in", Serdes.String, Serdes.String);
        input.Pipe("1", "red", 1);
        input.Pipe("2", "blue", 2);
        input.Pipe("3", "red", 3);

        Assert.Equal("shop-by-colour-repartition", Assert.Single(topology.RepartitionTopics).Name);
        Assert.Equal(2, topology.Subtopologies().Count);
        Assert.Equal(new Dictionary<string, long> { ["red"] = 2, ["blue"] = 1 }, driver.ReadTable<string, long>("counts"));
    }

    [Fact]
    public void Repartition_RekeyedStream_GoesThroughItsTopicAndKeepsEveryRecord()
    {
        var builder = new StreamsBuilder("shop");
        builder.Stream("in", Strings).SelectKey((_, v) => v, Serdes.String).Repartition("by-colour").To("out");
        var topology = builder.Build();
        using var driver = new TopologyTestDriver(topology, "shop");
        var input = driver.CreateInputTopic("in", Serdes.String, Serdes.String);
        input.Pipe("1", "red", 1);
        input.Pipe("2", "blue", 2);

        Assert.Equal("shop-by-colour-repartition", Assert.Single(topology.RepartitionTopics).Name);
        Assert.Equal(2, topology.Subtopologies().Count);
        Assert.Equal(["red", "blue"], driver.CreateOutputTopic("out", Serdes.String, Serdes.String).ReadRecords().Select(r => r.Key));
    }

    [Fact]
    public void Repartition_StreamStillPartitionedByItsKey_AddsNoTopic()
    {
        var builder = new StreamsBuilder("shop");
        builder.Stream("in", Strings).MapValues((_, v) => v.ToUpperInvariant(), Serdes.String).Repartition("by-colour").To("out");

        Assert.Empty(builder.Build().RepartitionTopics);
    }

    [Fact]
    public void Reduce_CombinesValues_FirstValueStarts()
    {
        var builder = new StreamsBuilder("app");
        builder.Stream("in", Strings).GroupByKey().Reduce((a, b) => a + "+" + b, Materialized<string, string>.As("joined", Serdes.String, Serdes.String));
        using var driver = new TopologyTestDriver(builder.Build());
        var input = driver.CreateInputTopic("in", Serdes.String, Serdes.String);
        input.Pipe("k", "x", 1);
        input.Pipe("k", "y", 2);
        Assert.Equal("x+y", driver.ReadTable<string, string>("joined")["k"]);
    }

    [Fact]
    public void TableGroupByAggregate_SubtractsTheOldRowWhenItChangesOrIsDeleted()
    {
        // Running spend per cost center: an order moving between cost centers or being deleted never counts twice.
        var builder = new StreamsBuilder("app");
        builder.Table("orders", Strings)
            .GroupBy((_, v) => KeyValuePair.Create(v.Split(':')[0], long.Parse(v.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)), Grouped<string, long>.With(Serdes.String, Serdes.Int64).WithName("by-center"))
            .Aggregate(() => 0L, (_, v, sum) => sum + v, (_, v, sum) => sum - v, Materialized<string, long>.As("spend", Serdes.String, Serdes.Int64));
        using var driver = new TopologyTestDriver(builder.Build());
        var orders = driver.CreateInputTopic("orders", Serdes.String, Serdes.String);
        orders.Pipe("o1", "cc1:100", 1);
        orders.Pipe("o2", "cc1:50", 2);
        orders.Pipe("o1", "cc2:100", 3); // moved
        orders.Pipe("o2", "cc1:70", 4);  // amount changed
        orders.Pipe("o3", "cc2:5", 5);
        orders.Pipe("o3", null, 6);      // deleted

        Assert.Equal(new Dictionary<string, long> { ["cc1"] = 70, ["cc2"] = 100 }, driver.ReadTable<string, long>("spend"));
    }

    [Fact]
    public void TableCount_WithDeletes_CountsCurrentRows()
    {
        var builder = new StreamsBuilder("app");
        builder.Table("t", Strings).GroupBy((k, v) => KeyValuePair.Create(v, k), Grouped<string, string>.With(Serdes.String, Serdes.String))
            .Count(Materialized<string, long>.As("n", Serdes.String, Serdes.Int64));
        using var driver = new TopologyTestDriver(builder.Build());
        var t = driver.CreateInputTopic("t", Serdes.String, Serdes.String);
        t.Pipe("a", "x", 1);
        t.Pipe("b", "x", 2);
        t.Pipe("a", null, 3);
        Assert.Equal(1L, driver.ReadTable<string, long>("n")["x"]);
    }

    [Fact]
    public void TableFilterAndMapValues_RowThatStopsMatchingIsDeleted()
    {
        var builder = new StreamsBuilder("app");
        builder.Table("t", Longs).Filter((_, v) => v > 10, Materialized<string, long>.As("big", Serdes.String, Serdes.Int64))
            .MapValues((_, v) => v * 2, Materialized<string, long>.As("doubled", Serdes.String, Serdes.Int64))
            .ToStream().To("out", Produced<string, long>.With(Serdes.String, Serdes.Int64));
        using var driver = new TopologyTestDriver(builder.Build());
        var t = driver.CreateInputTopic("t", Serdes.String, Serdes.Int64);
        t.Pipe("a", 20, 1);
        t.Pipe("b", 5, 2);
        t.Pipe("a", 3, 3);
        Assert.Empty(driver.ReadTable<string, long>("doubled"));
        Assert.Equal(2, driver.CreateOutputTopic("out", Serdes.String, Serdes.Int64).ReadRecords().Count); // a=40, then a deleted
    }

    [Fact]
    public void StreamToTable_KeepsTheLatestValuePerKey()
    {
        var builder = new StreamsBuilder("app");
        builder.Stream("in", Strings).ToTable(Materialized<string, string>.As("latest", Serdes.String, Serdes.String));
        using var driver = new TopologyTestDriver(builder.Build());
        var input = driver.CreateInputTopic("in", Serdes.String, Serdes.String);
        input.Pipe("k", "1", 1);
        input.Pipe("k", "2", 2);
        Assert.Equal("2", driver.ReadTable<string, string>("latest")["k"]);
    }
}
