using StreamKit.Dsl;
using StreamKit.Dsl.Windowing;
using StreamKit.Serialization;
using StreamKit.State;
using StreamKit.Testing;

namespace StreamKit.Tests.Dsl.Windowing;

public sealed class SessionWindowTests
{
    private static readonly WindowedSerde<string> WindowedKeys = new(Serdes.String);

    private static (TopologyTestDriver Driver, TestInputTopic<string, long> In, TestOutputTopic<Windowed<string>, long> Out) CreateSut(string store)
    {
        var builder = new StreamsBuilder("app");
        builder.Stream("clicks", Consumed<string, long>.With(Serdes.String, Serdes.Int64)).GroupByKey()
            .WindowedBy(SessionWindows.OfInactivityGapAndGrace(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10)))
            .Count(Materialized<string, long>.As(store, Serdes.String, Serdes.Int64))
            .ToStream().To("out", Produced<Windowed<string>, long>.With(WindowedKeys, Serdes.Int64));
        var driver = new TopologyTestDriver(builder.Build());
        return (driver, driver.CreateInputTopic("clicks", Serdes.String, Serdes.Int64), driver.CreateOutputTopic("out", WindowedKeys, Serdes.Int64));
    }

    private static long Min(int minutes) => minutes * 60_000L;

    [Fact]
    public void RecordsWithinTheGap_ShareOneSession_LaterRecordStartsAnother()
    {
        var (driver, input, _) = CreateSut("s1");
        using var __ = driver;
        input.Pipe("u", 1, Min(0));
        input.Pipe("u", 1, Min(4));
        input.Pipe("u", 1, Min(14));

        var sessions = driver.GetStateStore<ISessionStore<string, long>>("s1").FindSessions("u", 0, long.MaxValue).ToList();
        Assert.Equal([(Min(0), Min(4), 2L), (Min(14), Min(14), 1L)], sessions.Select(s => (s.Key.Window.StartMs, s.Key.Window.EndMs, s.Value)));
    }

    [Fact]
    public void RecordBridgingTwoSessions_MergesThemAndDeletesTheOldOnes()
    {
        var (driver, input, output) = CreateSut("s2");
        using var __ = driver;
        input.Pipe("u", 1, Min(0));
        input.Pipe("u", 1, Min(8));
        output.ReadRecords();
        input.Pipe("u", 1, Min(4));   // within 5 minutes of both

        var updates = output.ReadRecords();
        Assert.Equal(2, updates.Count(u => u.Value == default)); // both old sessions deleted (tombstones)
        var merged = Assert.Single(updates, u => u.Value != default);
        Assert.Equal((Min(0), Min(8), 3L), (merged.Key.Window.StartMs, merged.Key.Window.EndMs, merged.Value));
    }

    [Fact]
    public void LateRecord_PastGapPlusGrace_IsDroppedAndCounted()
    {
        var (driver, input, output) = CreateSut("s3");
        using var __ = driver;
        input.Pipe("u", 1, Min(0));
        input.Pipe("v", 1, Min(40));
        output.ReadRecords();
        var before = LateRecords.For("s3");

        input.Pipe("u", 1, Min(10));   // its own session would end at 10 min, closed since 40 - 5 - 10 = 25 min

        Assert.Equal(1, LateRecords.For("s3") - before);
        Assert.True(output.IsEmpty);
    }

    [Fact]
    public void Retention_SessionsOlderThanGapPlusGraceAreDropped()
    {
        var (driver, input, _) = CreateSut("s4");
        using var __ = driver;
        input.Pipe("u", 1, Min(0));
        input.Pipe("u", 1, Min(30));

        var sessions = driver.GetStateStore<ISessionStore<string, long>>("s4").FindSessions("u", 0, long.MaxValue);
        Assert.Equal([Min(30)], sessions.Select(s => s.Key.Window.StartMs));
    }
}
