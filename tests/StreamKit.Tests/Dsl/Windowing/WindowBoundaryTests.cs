using System.Diagnostics.Metrics;
using StreamKit.Dsl;
using StreamKit.Dsl.Windowing;
using StreamKit.Serialization;
using StreamKit.State;
using StreamKit.Testing;

namespace StreamKit.Tests.Dsl.Windowing;

public sealed class WindowBoundaryTests
{
    private static readonly WindowedSerde<string> WindowedKeys = new(Serdes.String);

    private static (TopologyTestDriver Driver, TestInputTopic<string, long> In, TestOutputTopic<Windowed<string>, long> Out) CreateSut(Func<IKGroupedStream<string, long>, Materialized<string, long>, IKTable<Windowed<string>, long>> count, string store)
    {
        var builder = new StreamsBuilder("app");
        count(builder.Stream("in", Consumed<string, long>.With(Serdes.String, Serdes.Int64)).GroupByKey(), Materialized<string, long>.As(store, Serdes.String, Serdes.Int64))
            .ToStream().To("out", Produced<Windowed<string>, long>.With(WindowedKeys, Serdes.Int64));
        var driver = new TopologyTestDriver(builder.Build());
        return (driver, driver.CreateInputTopic("in", Serdes.String, Serdes.Int64), driver.CreateOutputTopic("out", WindowedKeys, Serdes.Int64));
    }

    private static List<(long Start, long End, long Count)> Read(TestOutputTopic<Windowed<string>, long> output) =>
        [.. output.ReadRecords().Where(r => r.Value != default).Select(r => (r.Key.Window.StartMs, r.Key.Window.EndMs, r.Value))];

    [Fact]
    public void Hopping_RecordOnAWindowStart_BelongsToThatWindowNotTheOneEndingThere()
    {
        var (driver, input, output) = CreateSut((g, m) => g.WindowedBy(TimeWindows.OfSizeWithNoGrace(TimeSpan.FromSeconds(10)).AdvanceBy(TimeSpan.FromSeconds(5))).Count(m), "hop1");
        using var _ = driver;
        input.Pipe("k", 1, 10_000);

        Assert.Equal([(5_000L, 15_000L, 1L), (10_000L, 20_000L, 1L)], Read(output));
    }

    [Fact]
    public void Hopping_RecordLateForOneWindowButNotTheOther_CountsInTheOpenOneAndIsNotDropped()
    {
        var (driver, input, output) = CreateSut((g, m) => g.WindowedBy(TimeWindows.OfSizeAndGrace(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1)).AdvanceBy(TimeSpan.FromSeconds(5))).Count(m), "hop2");
        using var _ = driver;
        input.Pipe("k", 1, 12_000);     // [0,10) closed at 11 s
        output.ReadRecords();
        var before = LateRecords.For("hop2");

        input.Pipe("k", 1, 7_000);      // in [0,10) (closed) and [5,15) (open)

        Assert.Equal([(5_000L, 15_000L, 2L)], Read(output));
        Assert.Equal(0, LateRecords.For("hop2") - before);
    }

    [Fact]
    public void Session_RecordExactlyOneGapAfter_JoinsTheSession_OneMillisecondMoreStartsANewOne()
    {
        var (driver, input, _) = CreateSut((g, m) => g.WindowedBy(SessionWindows.OfInactivityGapAndGrace(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30))).Count(m), "gap1");
        using var __ = driver;
        input.Pipe("k", 1, 0);
        input.Pipe("k", 1, 5_000);
        input.Pipe("k", 1, 10_001);

        var sessions = driver.GetStateStore<ISessionStore<string, long>>("gap1").FindSessions("k", 0, long.MaxValue);
        Assert.Equal([(0L, 5_000L, 2L), (10_001L, 10_001L, 1L)], sessions.Select(s => (s.Key.Window.StartMs, s.Key.Window.EndMs, s.Value)));
    }

    [Fact]
    public void Session_RecordInsideASession_UpdatesItWithoutATombstone()
    {
        var (driver, input, output) = CreateSut((g, m) => g.WindowedBy(SessionWindows.OfInactivityGapAndGrace(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30))).Count(m), "gap2");
        using var _ = driver;
        input.Pipe("k", 1, 0);
        input.Pipe("k", 1, 4_000);
        output.ReadRecords();

        input.Pipe("k", 1, 2_000);

        var update = Assert.Single(output.ReadRecords());
        Assert.Equal((0L, 4_000L, 3L), (update.Key.Window.StartMs, update.Key.Window.EndMs, update.Value));
    }

    [Fact]
    public void Session_Grace_RecordJustInsideIsMerged_JustPastIsDropped()
    {
        var (driver, input, output) = CreateSut((g, m) => g.WindowedBy(SessionWindows.OfInactivityGapAndGrace(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10))).Count(m), "gap3");
        using var _ = driver;
        input.Pipe("k", 1, 0);
        input.Pipe("x", 1, 15_000);     // sessions ending before 15 - 5 - 10 = 0 s are closed
        input.Pipe("k", 1, 0);          // its session ends at 0: still open
        input.Pipe("x", 1, 15_001);
        var before = LateRecords.For("gap3");
        input.Pipe("k", 1, 0);          // now closed

        Assert.Equal(1, LateRecords.For("gap3") - before);
        Assert.Equal(2L, Read(output).Where(r => r.Start == 0).Max(r => r.Count));
    }

    [Fact]
    public void Sliding_Grace_RecordJustInsideIsCounted_JustPastIsDropped()
    {
        var (driver, input, output) = CreateSut((g, m) => g.WindowedBy(SlidingWindows.OfTimeDifferenceAndGrace(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2))).Count(m), "slide1");
        using var _ = driver;
        input.Pipe("x", 1, 32_000);
        input.Pipe("k", 1, 30_000);     // window ending at 30 s closes after 32 s: accepted
        var before = LateRecords.For("slide1");
        input.Pipe("x", 1, 32_001);
        input.Pipe("k", 1, 10_000);     // window ending at 10 s is closed, and no later window of k lies within 10 s

        Assert.Equal(1, LateRecords.For("slide1") - before);
        Assert.Contains((20_000L, 30_000L, 1L), Read(output));
    }

    [Fact]
    public void LateDrop_IsCountedOnTheStreamKitMeterWithTheStoreTag()
    {
        var drops = 0L;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "StreamKit" && instrument.Name == "streamkit.records.late_dropped")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "streamkit.store", Value: "metered" })
                {
                    Interlocked.Add(ref drops, value);
                }
            }
        });
        listener.Start();
        var (driver, input, _) = CreateSut((g, m) => g.WindowedBy(TimeWindows.OfSizeWithNoGrace(TimeSpan.FromSeconds(10))).Count(m), "metered");
        using var __ = driver;

        input.Pipe("k", 1, 20_000);
        input.Pipe("k", 1, 5_000);
        input.Pipe("k", 1, 9_999);

        Assert.Equal(2, Interlocked.Read(ref drops));
    }
}
