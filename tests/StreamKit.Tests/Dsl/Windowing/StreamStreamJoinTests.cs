using StreamKit.Dsl;
using StreamKit.Dsl.Windowing;
using StreamKit.Serialization;
using StreamKit.Testing;

namespace StreamKit.Tests.Dsl.Windowing;

public sealed class StreamStreamJoinTests
{
    private static readonly Consumed<string, string> Strings = Consumed<string, string>.With(Serdes.String, Serdes.String);
    private static readonly JoinWindows FiveSeconds = JoinWindows.OfTimeDifferenceAndGrace(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1));

    private static (TopologyTestDriver Driver, TestInputTopic<string, string> Left, TestInputTopic<string, string> Right, TestOutputTopic<string, string> Out) CreateSut(string kind)
    {
        var builder = new StreamsBuilder("app");
        var left = builder.Stream("orders", Strings);
        var right = builder.Stream("receipts", Strings);
        var joined = kind switch
        {
            "inner" => left.Join(right, (o, r) => $"{o}+{r}", FiveSeconds, Serdes.String),
            "left" => left.LeftJoin(right, (o, r) => $"{o}+{(r.HasValue ? r.Value : "-")}", FiveSeconds, Serdes.String),
            _ => left.OuterJoin(right, (o, r) => $"{(o.HasValue ? o.Value : "-")}+{(r.HasValue ? r.Value : "-")}", FiveSeconds, Serdes.String),
        };
        joined.To("out");
        var driver = new TopologyTestDriver(builder.Build());
        return (driver, driver.CreateInputTopic("orders", Serdes.String, Serdes.String), driver.CreateInputTopic("receipts", Serdes.String, Serdes.String), driver.CreateOutputTopic("out", Serdes.String, Serdes.String));
    }

    [Fact]
    public void Inner_RecordsInsideTheWindowJoin_OutsideDoNot()
    {
        var (driver, left, right, output) = CreateSut("inner");
        using var _ = driver;
        left.Pipe("k", "o1", 10_000);
        right.Pipe("k", "r1", 15_000);   // exactly 5 s later: joins
        right.Pipe("k", "r2", 15_001);   // 5.001 s later: does not
        right.Pipe("other", "r3", 10_000);

        Assert.Equal(["o1+r1"], output.ReadValues());
    }

    [Fact]
    public void Inner_OutOfOrderWithinGrace_StillJoins()
    {
        var (driver, left, right, output) = CreateSut("inner");
        using var _ = driver;
        right.Pipe("k", "r1", 20_000);
        left.Pipe("k", "o1", 17_000);    // earlier than stream time, inside the window and grace
        Assert.Equal(["o1+r1"], output.ReadValues());
    }

    [Fact]
    public void Left_UnmatchedIsEmittedOnlyAfterTheWindowCloses()
    {
        var (driver, left, right, output) = CreateSut("left");
        using var _ = driver;
        left.Pipe("k", "o1", 10_000);
        left.Pipe("m", "o2", 10_000);
        right.Pipe("m", "r2", 12_000);
        Assert.Equal(["o2+r2"], output.ReadValues());

        right.Pipe("x", "tick", 16_000); // window of o1 closes at 10 + 5 + 1 = 16 s: not yet (strictly after)
        Assert.Empty(output.ReadValues());
        right.Pipe("x", "tick", 16_001);
        Assert.Equal(["o1+-"], output.ReadValues());
    }

    [Fact]
    public void Left_LatePartnerInsideTheWindow_PreventsTheUnmatchedEmission()
    {
        var (driver, left, right, output) = CreateSut("left");
        using var _ = driver;
        left.Pipe("k", "o1", 10_000);
        right.Pipe("k", "r1", 14_000);
        right.Pipe("x", "tick", 30_000);
        Assert.Equal(["o1+r1"], output.ReadValues());
    }

    [Fact]
    public void Outer_UnmatchedOfBothSidesAreEmittedAfterClose()
    {
        var (driver, left, right, output) = CreateSut("outer");
        using var _ = driver;
        left.Pipe("a", "o1", 1_000);
        right.Pipe("b", "r1", 2_000);
        left.Pipe("x", "tick", 60_000);

        Assert.Equal(["-+r1", "o1+-"], output.ReadValues().Order());
    }
}
