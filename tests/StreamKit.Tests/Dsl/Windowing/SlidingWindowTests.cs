using StreamKit.Dsl;
using StreamKit.Dsl.Windowing;
using StreamKit.Serialization;
using StreamKit.State;
using StreamKit.Testing;

namespace StreamKit.Tests.Dsl.Windowing;

public sealed class SlidingWindowTests
{
    private static readonly WindowedSerde<string> WindowedKeys = new(Serdes.String);

    private static (TopologyTestDriver Driver, TestInputTopic<string, long> In, TestOutputTopic<Windowed<string>, long> Out) CreateSut(string store)
    {
        var builder = new StreamsBuilder("app");
        builder.Stream("amounts", Consumed<string, long>.With(Serdes.String, Serdes.Int64)).GroupByKey()
            .WindowedBy(SlidingWindows.OfTimeDifferenceAndGrace(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2)))
            .Aggregate(() => 0L, (_, v, sum) => sum + v, Materialized<string, long>.As(store, Serdes.String, Serdes.Int64))
            .ToStream().To("out", Produced<Windowed<string>, long>.With(WindowedKeys, Serdes.Int64));
        var driver = new TopologyTestDriver(builder.Build());
        return (driver, driver.CreateInputTopic("amounts", Serdes.String, Serdes.Int64), driver.CreateOutputTopic("out", WindowedKeys, Serdes.Int64));
    }

    private static List<(long Start, long End, long Sum)> Read(TestOutputTopic<Windowed<string>, long> output) =>
        [.. output.ReadRecords().Select(r => (r.Key.Window.StartMs, r.Key.Window.EndMs, r.Value))];

    [Fact]
    public void EachRecord_EndsAWindowOverThePrecedingDifference_BothEndsInclusive()
    {
        var (driver, input, output) = CreateSut("w1");
        using var _ = driver;
        input.Pipe("k", 1, 10_000);
        input.Pipe("k", 2, 20_000);   // 10 s later: the window [10 s, 20 s] includes the first record
        input.Pipe("k", 4, 20_001);   // [10.001 s, 20.001 s] no longer does

        Assert.Equal([(0L, 10_000L, 1L), (10_000L, 20_000L, 3L), (10_001L, 20_001L, 6L)], Read(output));
    }

    [Fact]
    public void OutOfOrderRecord_UpdatesEveryLaterWindowItFallsInto()
    {
        var (driver, input, output) = CreateSut("w2");
        using var _ = driver;
        input.Pipe("k", 1, 10_000);
        input.Pipe("k", 2, 15_000);
        output.ReadRecords();

        input.Pipe("k", 10, 14_000);   // out of order but its own window (ending 14 s) is open until 16 s

        Assert.Equal([(4_000L, 14_000L, 11L), (5_000L, 15_000L, 13L)], Read(output));
    }

    [Fact]
    public void RecordWhoseWindowsAllClosed_IsDroppedAndCounted()
    {
        var (driver, input, output) = CreateSut("w3");
        using var _ = driver;
        input.Pipe("k", 1, 30_000);
        output.ReadRecords();
        var before = LateRecords.For("w3");

        input.Pipe("k", 5, 10_000);    // window ending at 10 s closed at 12 s; no later window within 10 s of it

        Assert.Equal(1, LateRecords.For("w3") - before);
        Assert.True(output.IsEmpty);
    }

    [Fact]
    public void Retention_OldRecordsAndWindowsAreDropped()
    {
        var (driver, input, _) = CreateSut("w4");
        using var __ = driver;
        input.Pipe("k", 1, 1_000);
        input.Pipe("k", 1, 60_000);

        Assert.Equal([60_000L], driver.GetStateStore<IWindowStore<string, long>>("w4").All().Select(w => w.Key.Window.StartMs));
        Assert.Single(driver.GetStateStore<IWindowStore<string, long>>("w4-records").All());
    }
}
