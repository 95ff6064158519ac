using StreamKit.Dsl;
using StreamKit.Dsl.Windowing;
using StreamKit.Serialization;
using StreamKit.State;
using StreamKit.Testing;

namespace StreamKit.Tests.Dsl.Windowing;

public sealed class WindowedReduceTests
{
    private static readonly WindowedSerde<string> WindowedKeys = new(Serdes.String);
    private static readonly Materialized<string, string> Store = Materialized<string, string>.As("reduced", Serdes.String, Serdes.String);

    private static (TopologyTestDriver Driver, TestInputTopic<string, string> In, TestOutputTopic<Windowed<string>, string> Out) CreateSut(Func<IKGroupedStream<string, string>, IKTable<Windowed<string>, string>> reduce)
    {
        var builder = new StreamsBuilder("app");
        reduce(builder.Stream("in", Consumed<string, string>.With(Serdes.String, Serdes.String)).GroupByKey())
            .ToStream().To("out", Produced<Windowed<string>, string>.With(WindowedKeys, Serdes.String));
        var driver = new TopologyTestDriver(builder.Build());
        return (driver, driver.CreateInputTopic("in", Serdes.String, Serdes.String), driver.CreateOutputTopic("out", WindowedKeys, Serdes.String));
    }

    private static string Concat(string a, string b) => a + b;

    [Fact]
    public void TimeWindows_Reduce_FirstRecordStartsEachWindow()
    {
        var (driver, input, output) = CreateSut(g => g.WindowedBy(TimeWindows.OfSizeWithNoGrace(TimeSpan.FromSeconds(10))).Reduce(Concat, Store));
        using var _ = driver;
        input.Pipe("k", "a", 1_000);
        input.Pipe("k", "b", 2_000);
        input.Pipe("k", "c", 11_000);

        Assert.Equal([(0L, "a"), (0L, "ab"), (10_000L, "c")], output.ReadRecords().Select(r => (r.Key.Window.StartMs, r.Value)));
    }

    [Fact]
    public void SessionWindows_Reduce_MergesBridgedSessionsWithTheReducer()
    {
        var (driver, input, output) = CreateSut(g => g.WindowedBy(SessionWindows.OfInactivityGapAndGrace(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10))).Reduce(Concat, Store));
        using var _ = driver;
        input.Pipe("k", "a", 0);
        input.Pipe("k", "c", 8_000);
        output.ReadRecords();
        input.Pipe("k", "b", 4_000);

        var merged = Assert.Single(output.ReadRecords(), r => r.Value is not null);
        Assert.Equal((0L, 8_000L, "acb"), (merged.Key.Window.StartMs, merged.Key.Window.EndMs, merged.Value));
    }

    [Fact]
    public void SlidingWindows_Reduce_CombinesTheRecordsOfEachWindowInTimeOrder()
    {
        var (driver, input, output) = CreateSut(g => g.WindowedBy(SlidingWindows.OfTimeDifferenceAndGrace(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5))).Reduce(Concat, Store));
        using var _ = driver;
        input.Pipe("k", "a", 1_000);
        input.Pipe("k", "c", 5_000);
        output.ReadRecords();
        input.Pipe("k", "b", 3_000);    // out of order: updates its own window and the one ending at 5 s

        Assert.Equal([(3_000L, "ab"), (5_000L, "abc")], output.ReadRecords().Select(r => (r.Key.Window.EndMs, r.Value)));
    }
}
