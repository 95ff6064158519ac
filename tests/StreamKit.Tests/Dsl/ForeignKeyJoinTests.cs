using StreamKit.Dsl;
using StreamKit.Serialization;
using StreamKit.Testing;

namespace StreamKit.Tests.Dsl;

public sealed class ForeignKeyJoinTests
{
    private static readonly Consumed<string, string> Strings = Consumed<string, string>.With(Serdes.String, Serdes.String);

    /// <summary>Invoices (key invoice id, value "supplier:amount") joined with suppliers (key supplier id, value name).</summary>
    private static (TopologyTestDriver Driver, TestInputTopic<string, string> Invoices, TestInputTopic<string, string> Suppliers) CreateSut(bool leftJoin)
    {
        var builder = new StreamsBuilder("app");
        var invoices = builder.Table("invoices", Strings);
        var suppliers = builder.Table("suppliers", Strings);
        var result = Materialized<string, string>.As("result", Serdes.String, Serdes.String);
        _ = leftJoin
            ? invoices.LeftJoinOnForeignKey(suppliers, v => v.Split(':')[0], (inv, sup) => $"{inv}@{(sup.HasValue ? sup.Value : "?")}", result)
            : invoices.JoinOnForeignKey(suppliers, v => v.Split(':')[0], (inv, sup) => $"{inv}@{sup}", result);
        var driver = new TopologyTestDriver(builder.Build());
        return (driver, driver.CreateInputTopic("invoices", Serdes.String, Serdes.String), driver.CreateInputTopic("suppliers", Serdes.String, Serdes.String));
    }

    private static IReadOnlyDictionary<string, string> Result(TopologyTestDriver driver) => driver.ReadTable<string, string>("result");

    [Fact]
    public void JoinOnForeignKey_RightArrivesLater_ResultAppears()
    {
        var (driver, invoices, suppliers) = CreateSut(leftJoin: false);
        using var _ = driver;
        invoices.Pipe("i1", "s1:100", 1);
        Assert.Empty(Result(driver));
        suppliers.Pipe("s1", "Acme", 2);
        Assert.Equal("s1:100@Acme", Result(driver)["i1"]);
    }

    [Fact]
    public void JoinOnForeignKey_RightChanges_EverySubscriberIsUpdated()
    {
        var (driver, invoices, suppliers) = CreateSut(leftJoin: false);
        using var _ = driver;
        suppliers.Pipe("s1", "Acme", 1);
        invoices.Pipe("i1", "s1:100", 2);
        invoices.Pipe("i2", "s1:50", 3);
        suppliers.Pipe("s1", "Acme Ltd", 4);
        Assert.Equal(new Dictionary<string, string> { ["i1"] = "s1:100@Acme Ltd", ["i2"] = "s1:50@Acme Ltd" }, Result(driver));
    }

    [Fact]
    public void JoinOnForeignKey_LeftMovesToAnotherKey_OldRightNoLongerUpdatesIt()
    {
        var (driver, invoices, suppliers) = CreateSut(leftJoin: false);
        using var _ = driver;
        suppliers.Pipe("s1", "Acme", 1);
        suppliers.Pipe("s2", "Globex", 2);
        invoices.Pipe("i1", "s1:100", 3);
        invoices.Pipe("i1", "s2:100", 4);
        suppliers.Pipe("s1", "Acme renamed", 5);
        Assert.Equal("s2:100@Globex", Result(driver)["i1"]);
    }

    [Fact]
    public void JoinOnForeignKey_LeftOrRightDeleted_ResultDeleted()
    {
        var (driver, invoices, suppliers) = CreateSut(leftJoin: false);
        using var _ = driver;
        suppliers.Pipe("s1", "Acme", 1);
        invoices.Pipe("i1", "s1:100", 2);
        invoices.Pipe("i2", "s1:7", 3);
        invoices.Pipe("i1", null, 4);
        Assert.Equal(["i2"], Result(driver).Keys);
        suppliers.Pipe("s1", null, 5);
        Assert.Empty(Result(driver));
    }

    [Fact]
    public void LeftJoinOnForeignKey_NoRightRow_JoinsWithAbsentValue()
    {
        var (driver, invoices, suppliers) = CreateSut(leftJoin: true);
        using var _ = driver;
        invoices.Pipe("i1", "s9:100", 1);
        Assert.Equal("s9:100@?", Result(driver)["i1"]);
        suppliers.Pipe("s9", "Initech", 2);
        Assert.Equal("s9:100@Initech", Result(driver)["i1"]);
    }

    [Fact]
    public void JoinOnForeignKey_UsesSubscriptionTopicsCopartitionedWithEachSide()
    {
        var builder = new StreamsBuilder("app");
        builder.Table("invoices", Strings).JoinOnForeignKey(builder.Table("suppliers", Strings), v => v, (a, b) => a + b, Materialized<string, string>.With(Serdes.String, Serdes.String), "inv-sup");
        var topics = builder.Build().RepartitionTopics.ToDictionary(t => t.Name, t => t.CopartitionedWithStore);
        Assert.Equal(2, topics.Count);
        Assert.NotNull(topics["app-inv-sup-subscription-registration-repartition"]);
        Assert.NotNull(topics["app-inv-sup-subscription-response-repartition"]);
    }
}
