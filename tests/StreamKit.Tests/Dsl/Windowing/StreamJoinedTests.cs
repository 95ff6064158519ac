using StreamKit.Dsl;
using StreamKit.Dsl.Windowing;
using StreamKit.Serialization;
using StreamKit.Testing;

namespace StreamKit.Tests.Dsl.Windowing;

public sealed class StreamJoinedTests
{
    private static readonly JoinWindows FiveSecondsGraceTwo = JoinWindows.OfTimeDifferenceAndGrace(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(2));
    private static readonly StreamJoined<string, string, long> Serdes3 = StreamJoined<string, string, long>.With(Serdes.String, Serdes.String, Serdes.Int64).WithStoreName("pay");

    private static (TopologyTestDriver Driver, TestInputTopic<string, string> Left, TestInputTopic<string, long> Right, TestOutputTopic<string, string> Out) CreateSut(string kind)
    {
        var builder = new StreamsBuilder("app");
        var orders = builder.Stream("orders", Consumed<string, string>.With(Serdes.String, Serdes.String));
        var payments = builder.Stream("payments", Consumed<string, long>.With(Serdes.String, Serdes.Int64));
        var joined = kind switch
        {
            "inner" => orders.Join(payments, (o, p) => $"{o}:{p}", FiveSecondsGraceTwo, Serdes3, Serdes.String),
            "left" => orders.LeftJoin(payments, (o, p) => $"{o}:{(p.HasValue ? p.Value : "-")}", FiveSecondsGraceTwo, Serdes3, Serdes.String),
            _ => orders.OuterJoin(payments, (o, p) => $"{(o.HasValue ? o.Value : "-")}:{(p.HasValue ? p.Value : "-")}", FiveSecondsGraceTwo, Serdes3, Serdes.String),
        };
        joined.To("out");
        var driver = new TopologyTestDriver(builder.Build());
        return (driver, driver.CreateInputTopic("orders", Serdes.String, Serdes.String), driver.CreateInputTopic("payments", Serdes.String, Serdes.Int64), driver.CreateOutputTopic("out", Serdes.String, Serdes.String));
    }

    [Fact]
    public void Inner_EveryPairInsideTheWindow_JoinsWithTheLaterTimestamp()
    {
        var (driver, orders, payments, output) = CreateSut("inner");
        using var _ = driver;
        orders.Pipe("k", "o1", 10_000);
        orders.Pipe("k", "o1", 10_000);   // a duplicate is kept and joined too
        payments.Pipe("k", 7, 5_000);    // exactly 5 s before
        payments.Pipe("k", 8, 4_999);    // within grace, but 5.001 s before: outside the window

        Assert.Equal([("o1:7", 10_000L), ("o1:7", 10_000L)], output.ReadRecords().Select(r => (r.Value!, r.Timestamp)));
    }

    [Fact]
    public void Inner_RecordLaterThanGrace_IsDroppedAndCounted()
    {
        var (driver, orders, payments, output) = CreateSut("inner");
        using var _ = driver;
        orders.Pipe("k", "o1", 10_000);
        payments.Pipe("x", 0, 17_001);
        var before = LateRecords.For("pay-other-store");

        payments.Pipe("k", 7, 10_000);   // 10 + 5 + 2 < 17.001: dropped although o1 is in its window

        Assert.Equal(1, LateRecords.For("pay-other-store") - before);
        Assert.Empty(output.ReadValues());
    }

    [Fact]
    public void Left_OutOfOrderPartnerWithinGrace_JoinsAndNothingUnmatchedIsEmitted()
    {
        var (driver, orders, payments, output) = CreateSut("left");
        using var _ = driver;
        orders.Pipe("k", "o1", 10_000);
        orders.Pipe("x", "tick", 16_000);
        payments.Pipe("k", 7, 14_000);   // behind stream time, within the window and grace
        orders.Pipe("x", "tick", 60_000);

        Assert.Equal(["o1:7"], output.ReadValues().Where(v => !v!.StartsWith("tick", StringComparison.Ordinal)));
    }

    [Fact]
    public void Left_UnmatchedRecord_EmittedOnceWhenStreamTimePassesTimePlusAfterPlusGrace()
    {
        var (driver, orders, payments, output) = CreateSut("left");
        using var _ = driver;
        orders.Pipe("k", "o1", 10_000);
        payments.Pipe("x", 0, 17_000);   // 10 + 5 + 2 = 17 s: not yet closed
        Assert.Empty(output.ReadValues());

        payments.Pipe("x", 0, 17_001);   // a right-side record closes the left record's window
        payments.Pipe("x", 0, 30_000);

        var unmatched = Assert.Single(output.ReadRecords());
        Assert.Equal(("o1:-", 10_000L), (unmatched.Value, unmatched.Timestamp));
    }

    [Fact]
    public void Outer_UnmatchedOfBothSides_EmittedInTimeOrderAfterClose()
    {
        var (driver, orders, payments, output) = CreateSut("outer");
        using var _ = driver;
        payments.Pipe("a", 1, 1_000);
        orders.Pipe("b", "o2", 2_000);
        orders.Pipe("c", "o3", 3_000);
        payments.Pipe("c", 3, 3_500);    // matches o3
        Assert.Equal(["o3:3"], output.ReadValues());

        orders.Pipe("z", "o9", 9_001);   // closes 1 s and 2 s (1 + 7 < 9.001), not 9.001 itself

        Assert.Equal(["-:1", "o2:-"], output.ReadValues());
    }

    [Fact]
    public void Join_SideWithAChangedKey_IsRepartitionedBeforeJoining()
    {
        var builder = new StreamsBuilder("app");
        var orders = builder.Stream("orders", Consumed<string, string>.With(Serdes.String, Serdes.String)).SelectKey((_, v) => v[..1], Serdes.String);
        var payments = builder.Stream("payments", Consumed<string, long>.With(Serdes.String, Serdes.Int64));
        orders.Join(payments, (o, p) => $"{o}:{p}", FiveSecondsGraceTwo, Serdes3.WithName("rekeyed"), Serdes.String).To("out");
        using var driver = new TopologyTestDriver(builder.Build());
        var repartition = driver.CreateOutputTopic("app-rekeyed-left-repartition", Serdes.String, Serdes.String);
        var output = driver.CreateOutputTopic("out", Serdes.String, Serdes.String);

        driver.CreateInputTopic("payments", Serdes.String, Serdes.Int64).Pipe("a", 5, 1_000);
        driver.CreateInputTopic("orders", Serdes.String, Serdes.String).Pipe("order-1", "a1", 2_000);

        Assert.Equal(["a"], repartition.ReadRecords().Select(r => r.Key));
        Assert.Equal(["a1:5"], output.ReadValues());
    }
}
