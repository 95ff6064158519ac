using StreamKit.Dsl;
using StreamKit.Serialization;
using StreamKit.Testing;

namespace StreamKit.Tests.Dsl;

public sealed class JoinTests
{
    private static readonly Consumed<string, string> Strings = Consumed<string, string>.With(Serdes.String, Serdes.String);
    private static readonly Materialized<string, string> Result = Materialized<string, string>.As("result", Serdes.String, Serdes.String);

    [Fact]
    public void StreamTableJoin_JoinsWithCurrentRow_DropsUnmatched()
    {
        var builder = new StreamsBuilder("app");
        var suppliers = builder.Table("suppliers", Strings);
        builder.Stream("invoices", Strings).Join(suppliers, (inv, sup) => $"{inv}@{sup}", Serdes.String).To("out");
        using var driver = new TopologyTestDriver(builder.Build());
        var invoices = driver.CreateInputTopic("invoices", Serdes.String, Serdes.String);
        var sups = driver.CreateInputTopic("suppliers", Serdes.String, Serdes.String);
        invoices.Pipe("s1", "i0", 1);
        sups.Pipe("s1", "Acme", 2);
        invoices.Pipe("s1", "i1", 3);
        sups.Pipe("s1", "Acme Ltd", 4);
        invoices.Pipe("s1", "i2", 5);

        Assert.Equal(["i1@Acme", "i2@Acme Ltd"], driver.CreateOutputTopic("out", Serdes.String, Serdes.String).ReadValues());
    }

    [Fact]
    public void StreamTableLeftJoin_EmitsUnmatchedWithAbsentRow()
    {
        var builder = new StreamsBuilder("app");
        var table = builder.Table("t", Strings);
        builder.Stream("s", Strings).LeftJoin(table, (v, row) => row.HasValue ? v + "+" + row.Value : v + "+none", Serdes.String).To("out");
        using var driver = new TopologyTestDriver(builder.Build());
        driver.CreateInputTopic("s", Serdes.String, Serdes.String).Pipe("k", "x", 1);
        Assert.Equal(["x+none"], driver.CreateOutputTopic("out", Serdes.String, Serdes.String).ReadValues());
    }

    [Fact]
    public void StreamGlobalTableJoin_LooksUpByAComputedKey()
    {
        var builder = new StreamsBuilder("app");
        var rates = builder.GlobalTable("rates", Strings);
        builder.Stream("docs", Strings).Join(rates, (_, v) => v.Split(':')[0], (v, rate) => $"{v}*{rate}", Serdes.String).To("out");
        using var driver = new TopologyTestDriver(builder.Build());
        driver.CreateInputTopic("rates", Serdes.String, Serdes.String).Pipe("EUR", "1.1", 1);
        var docs = driver.CreateInputTopic("docs", Serdes.String, Serdes.String);
        docs.Pipe("d1", "EUR:10", 2);
        docs.Pipe("d2", "GBP:10", 3);
        Assert.Equal(["EUR:10*1.1"], driver.CreateOutputTopic("out", Serdes.String, Serdes.String).ReadValues());
    }

    [Fact]
    public void TableTableJoin_ResultFollowsBothSidesIncludingDeletes()
    {
        var builder = new StreamsBuilder("app");
        builder.Table("left", Strings).Join(builder.Table("right", Strings), (l, r) => l + r, Result);
        using var driver = new TopologyTestDriver(builder.Build());
        var left = driver.CreateInputTopic("left", Serdes.String, Serdes.String);
        var right = driver.CreateInputTopic("right", Serdes.String, Serdes.String);
        left.Pipe("k", "a", 1);
        Assert.Empty(driver.ReadTable<string, string>("result"));
        right.Pipe("k", "1", 2);
        Assert.Equal("a1", driver.ReadTable<string, string>("result")["k"]);
        left.Pipe("k", "b", 3);
        Assert.Equal("b1", driver.ReadTable<string, string>("result")["k"]);
        right.Pipe("k", null, 4);
        Assert.Empty(driver.ReadTable<string, string>("result"));
    }

    [Fact]
    public void TableTableLeftAndOuterJoin_KeepRowsWithoutPartner()
    {
        var builder = new StreamsBuilder("app");
        var l = builder.Table("l", Strings);
        var r = builder.Table("r", Strings);
        l.LeftJoin(r, (a, b) => a + (b.HasValue ? b.Value : "-"), Materialized<string, string>.As("left", Serdes.String, Serdes.String));
        l.OuterJoin(r, (a, b) => (a.HasValue ? a.Value : "-") + (b.HasValue ? b.Value : "-"), Materialized<string, string>.As("outer", Serdes.String, Serdes.String));
        using var driver = new TopologyTestDriver(builder.Build());
        driver.CreateInputTopic("l", Serdes.String, Serdes.String).Pipe("k1", "a", 1);
        driver.CreateInputTopic("r", Serdes.String, Serdes.String).Pipe("k2", "2", 2);

        Assert.Equal(new Dictionary<string, string> { ["k1"] = "a-" }, driver.ReadTable<string, string>("left"));
        Assert.Equal(new Dictionary<string, string> { ["k1"] = "a-", ["k2"] = "-2" }, driver.ReadTable<string, string>("outer"));
    }
}
