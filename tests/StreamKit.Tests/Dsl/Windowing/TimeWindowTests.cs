using StreamKit.Dsl;
using StreamKit.Dsl.Windowing;
using StreamKit.Serialization;
using StreamKit.State;
using StreamKit.Testing;

namespace StreamKit.Tests.Dsl.Windowing;

public sealed class TimeWindowTests
{
    private static readonly WindowedSerde<string> WindowedKeys = new(Serdes.String);

    private static (TopologyTestDriver Driver, TestInputTopic<string, long> In, TestOutputTopic<Windowed<string>, long> Out) CreateSut(TimeWindows windows, bool suppress = false)
    {
        var builder = new StreamsBuilder("app");
        var table = builder.Stream("in", Consumed<string, long>.With(Serdes.String, Serdes.Int64)).GroupByKey()
            .WindowedBy(windows)
            .Aggregate(() => 0L, (_, v, sum) => sum + v, Materialized<string, long>.As("sums", Serdes.String, Serdes.Int64));
        (suppress ? table.Suppress(Suppressed.UntilWindowCloses()) : table).ToStream().To("out", Produced<Windowed<string>, long>.With(WindowedKeys, Serdes.Int64));
        var driver = new TopologyTestDriver(builder.Build());
        return (driver, driver.CreateInputTopic("in", Serdes.String, Serdes.Int64), driver.CreateOutputTopic("out", WindowedKeys, Serdes.Int64));
    }

    private static List<(long Start, long End, long Sum)> Read(TestOutputTopic<Windowed<string>, long> output) =>
        [.. output.ReadRecords().Select(r => (r.Key.Window.StartMs, r.Key.Window.EndMs, r.Value))];

    [Fact]
    public void Tumbling_StartIsInclusiveEndExclusive()
    {
        var (driver, input, output) = CreateSut(TimeWindows.OfSizeWithNoGrace(TimeSpan.FromSeconds(10)));
        using var _ = driver;
        input.Pipe("k", 1, 0);
        input.Pipe("k", 2, 9_999);
        input.Pipe("k", 4, 10_000);

        Assert.Equal([(0L, 10_000L, 1L), (0L, 10_000L, 3L), (10_000L, 20_000L, 4L)], Read(output));
    }

    [Fact]
    public void Hopping_RecordCountsInEveryOverlappingWindow()
    {
        var (driver, input, output) = CreateSut(TimeWindows.OfSizeWithNoGrace(TimeSpan.FromSeconds(10)).AdvanceBy(TimeSpan.FromSeconds(5)));
        using var _ = driver;
        input.Pipe("k", 1, 7_000);

        Assert.Equal([(0L, 10_000L, 1L), (5_000L, 15_000L, 1L)], Read(output));
    }

    [Fact]
    public void Grace_RecordJustInsideIsCounted_JustPastIsDroppedAndCounted()
    {
        var (driver, input, output) = CreateSut(TimeWindows.OfSizeAndGrace(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2)));
        using var _ = driver;
        input.Pipe("k", 1, 1_000);
        input.Pipe("k", 1, 11_999);     // stream time 11.999 s: window [0,10) closes at 12 s
        input.Pipe("k", 5, 9_000);      // late but within grace
        var before = LateRecords.For("sums");
        input.Pipe("k", 1, 12_000);     // stream time 12 s: [0,10) is now closed
        input.Pipe("k", 7, 9_500);      // past grace: dropped

        Assert.Equal(1, LateRecords.For("sums") - before);
        var sums = Read(output);
        Assert.Contains((0L, 10_000L, 6L), sums);
        Assert.DoesNotContain(sums, s => s.Sum == 13);
    }

    [Fact]
    public void Retention_ClosedWindowsAreDroppedFromTheStore()
    {
        var (driver, input, _) = CreateSut(TimeWindows.OfSizeWithNoGrace(TimeSpan.FromSeconds(10)));
        using var __ = driver;
        input.Pipe("k", 1, 0);
        input.Pipe("k", 1, 100_000);

        var store = driver.GetStateStore<IWindowStore<string, long>>("sums");
        Assert.Equal([100_000L], store.All().Select(w => w.Key.Window.StartMs));
    }

    [Fact]
    public void SuppressUntilWindowCloses_EmitsOneFinalResultPerWindowAfterGrace()
    {
        var (driver, input, output) = CreateSut(TimeWindows.OfSizeAndGrace(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1)), suppress: true);
        using var _ = driver;
        input.Pipe("k", 1, 1_000);
        input.Pipe("k", 2, 5_000);
        input.Pipe("k", 3, 10_500);
        Assert.Empty(Read(output));      // [0,10) still open until 11 s

        input.Pipe("k", 4, 11_000);
        Assert.Equal([(0L, 10_000L, 3L)], Read(output));
        input.Pipe("k", 1, 30_000);
        Assert.Equal([(10_000L, 20_000L, 7L)], Read(output));
    }

    [Fact]
    public void TimeWindows_SettingAdvanceTwice_Throws() =>
        Assert.Throws<InvalidOperationException>(() => TimeWindows.OfSizeWithNoGrace(TimeSpan.FromSeconds(10)).AdvanceBy(TimeSpan.FromSeconds(5)).AdvanceBy(TimeSpan.FromSeconds(2)));

    [Fact]
    public void SuppressUntilTimeLimit_EmitsAKeysLatestUpdateOnceTheLimitPassed()
    {
        var builder = new StreamsBuilder("app");
        builder.Stream("in", Consumed<string, long>.With(Serdes.String, Serdes.Int64)).GroupByKey()
            .WindowedBy(TimeWindows.OfSizeAndGrace(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10)))
            .Aggregate(() => 0L, (_, v, sum) => sum + v, Materialized<string, long>.As("limited", Serdes.String, Serdes.Int64))
            .Suppress(Suppressed.UntilTimeLimit(TimeSpan.FromSeconds(5)))
            .ToStream().To("out", Produced<Windowed<string>, long>.With(WindowedKeys, Serdes.Int64));
        using var driver = new TopologyTestDriver(builder.Build());
        var input = driver.CreateInputTopic("in", Serdes.String, Serdes.Int64);
        var output = driver.CreateOutputTopic("out", WindowedKeys, Serdes.Int64);

        input.Pipe("k", 1, 1_000);
        input.Pipe("k", 2, 4_000);
        Assert.Empty(Read(output));     // 5 s after the first update has not passed
        input.Pipe("x", 0, 6_000);
        Assert.Equal([(0L, 600_000L, 3L)], Read(output).Where(r => r.Sum != 0));
    }

    [Fact]
    public void SuppressUntilTimeLimit_BufferFull_EmitsTheOldestKeyEarly()
    {
        var builder = new StreamsBuilder("app");
        builder.Stream("in", Consumed<string, long>.With(Serdes.String, Serdes.Int64)).GroupByKey()
            .WindowedBy(TimeWindows.OfSizeAndGrace(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10)))
            .Aggregate(() => 0L, (_, v, sum) => sum + v, Materialized<string, long>.As("bounded", Serdes.String, Serdes.Int64))
            .Suppress(Suppressed.UntilTimeLimit(TimeSpan.FromMinutes(1), maxRecords: 2))
            .ToStream().To("out", Produced<Windowed<string>, long>.With(WindowedKeys, Serdes.Int64));
        using var driver = new TopologyTestDriver(builder.Build());
        var input = driver.CreateInputTopic("in", Serdes.String, Serdes.Int64);
        var output = driver.CreateOutputTopic("out", WindowedKeys, Serdes.Int64);

        input.Pipe("a", 1, 1_000);
        input.Pipe("b", 2, 2_000);
        Assert.Empty(output.ReadRecords());
        input.Pipe("c", 3, 3_000);      // a third key overflows the buffer of two

        var early = Assert.Single(output.ReadRecords());
        Assert.Equal(("a", 1L), (early.Key.Key, early.Value));
    }
}
