using StreamKit.Dsl;
using StreamKit.Dsl.Windowing;
using StreamKit.Errors;
using StreamKit.Serialization;
using StreamKit.State;
using StreamKit.Testing;

namespace StreamKit.Tests.Dsl.Windowing;

public sealed class SuppressionTests
{
    private static readonly WindowedSerde<string> WindowedKeys = new(Serdes.String);
    private static readonly TimeWindows TenSecondsGraceOne = TimeWindows.OfSizeAndGrace(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1));

    private static (TopologyTestDriver Driver, TestInputTopic<string, long> In, TestOutputTopic<Windowed<string>, long> Out) CreateSut(Suppressed suppressed, TimeWindows? windows = null)
    {
        var builder = new StreamsBuilder("app");
        builder.Stream("in", Consumed<string, long>.With(Serdes.String, Serdes.Int64)).GroupByKey()
            .WindowedBy(windows ?? TenSecondsGraceOne)
            .Aggregate(() => 0L, (_, v, sum) => sum + v, Materialized<string, long>.As("suppressed-sums", Serdes.String, Serdes.Int64))
            .Suppress(suppressed, "final")
            .ToStream().To("out", Produced<Windowed<string>, long>.With(WindowedKeys, Serdes.Int64));
        var driver = new TopologyTestDriver(builder.Build());
        return (driver, driver.CreateInputTopic("in", Serdes.String, Serdes.Int64), driver.CreateOutputTopic("out", WindowedKeys, Serdes.Int64));
    }

    private static List<(string Key, long Start, long Sum)> Read(TestOutputTopic<Windowed<string>, long> output) =>
        [.. output.ReadRecords().Select(r => (r.Key.Key, r.Key.Window.StartMs, r.Value))];

    [Fact]
    public void UntilWindowCloses_ManyUpdatesOfManyKeys_OneFinalResultPerKeyAndWindowOnlyAfterClose()
    {
        var (driver, input, output) = CreateSut(Suppressed.UntilWindowCloses(BufferConfig.Unbounded()));
        using var _ = driver;
        foreach (var (key, value, time) in new[] { ("a", 1L, 0L), ("b", 10L, 2_000L), ("a", 2L, 9_999L), ("b", 20L, 10_000L), ("a", 4L, 10_999L) })
        {
            input.Pipe(key, value, time);
        }

        Assert.Empty(Read(output));     // stream time 10.999 s: [0,10) closes at 11 s
        input.Pipe("c", 0, 11_000);

        Assert.Equal([("a", 0L, 3L), ("b", 0L, 10L)], Read(output).OrderBy(r => r.Key));
        input.Pipe("c", 0, 21_000);
        Assert.Equal([("a", 10_000L, 4L), ("b", 10_000L, 20L), ("c", 10_000L, 0L)], Read(output).OrderBy(r => r.Key));
    }

    [Fact]
    public void UntilWindowCloses_FinalResult_KeepsTheTimestampOfTheLastUpdate()
    {
        var (driver, input, output) = CreateSut(Suppressed.UntilWindowCloses());
        using var _ = driver;
        input.Pipe("a", 1, 1_000);
        input.Pipe("a", 1, 7_000);
        input.Pipe("x", 0, 50_000);

        Assert.Equal(7_000, output.ReadRecords().Single(r => r.Key.Key == "a").Timestamp);
    }

    [Fact]
    public void UntilWindowCloses_SessionsMerged_OnlyTheMergedSessionHasAFinalResult()
    {
        var builder = new StreamsBuilder("app");
        builder.Stream("in", Consumed<string, long>.With(Serdes.String, Serdes.Int64)).GroupByKey()
            .WindowedBy(SessionWindows.OfInactivityGapAndGrace(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)))
            .Count(Materialized<string, long>.As("sessions", Serdes.String, Serdes.Int64))
            .Suppress(Suppressed.UntilWindowCloses())
            .ToStream().To("out", Produced<Windowed<string>, long>.With(WindowedKeys, Serdes.Int64));
        using var driver = new TopologyTestDriver(builder.Build());
        var input = driver.CreateInputTopic("in", Serdes.String, Serdes.Int64);
        var output = driver.CreateOutputTopic("out", WindowedKeys, Serdes.Int64);

        input.Pipe("u", 1, 0);
        input.Pipe("u", 1, 8_000);
        input.Pipe("u", 1, 4_000);      // bridges [0,0] (due at 10 s) and [8 s,8 s]
        input.Pipe("x", 1, 30_000);

        var final = Assert.Single(output.ReadRecords(), r => r.Key.Key == "u");
        Assert.Equal((0L, 8_000L, 3L), (final.Key.Window.StartMs, final.Key.Window.EndMs, final.Value));
    }

    [Fact]
    public void UntilWindowCloses_FullBufferThatShutsDown_FailsTheTask()
    {
        var (driver, input, _) = CreateSut(Suppressed.UntilWindowCloses(BufferConfig.MaxRecords(1).ShutDownWhenFull()));
        using var __ = driver;
        input.Pipe("a", 1, 1_000);

        Assert.Throws<FatalStreamsException>(() => input.Pipe("b", 1, 2_000));
    }

    [Fact]
    public void UntilTimeLimit_UpdatesWithinTheLimit_EmitsOnlyTheLatestOncePassed()
    {
        var (driver, input, output) = CreateSut(Suppressed.UntilTimeLimit(TimeSpan.FromSeconds(3), BufferConfig.Unbounded()), TimeWindows.OfSizeAndGrace(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1)));
        using var _ = driver;
        input.Pipe("a", 1, 1_000);
        input.Pipe("a", 2, 3_999);      // limit counts from the first buffered update: due at 4 s

        Assert.Empty(Read(output));
        input.Pipe("b", 5, 4_000);
        Assert.Equal([("a", 0L, 3L)], Read(output));
        input.Pipe("a", 4, 5_000);      // a new round for "a", due at 8 s; "b" due at 7 s
        input.Pipe("c", 0, 8_000);
        Assert.Equal([("b", 0L, 5L), ("a", 0L, 7L)], Read(output));
    }

    [Fact]
    public void UntilTimeLimit_BufferOfMaxBytes_EmitsEarlyWhenFull()
    {
        var (driver, input, output) = CreateSut(Suppressed.UntilTimeLimit(TimeSpan.FromMinutes(1), BufferConfig.MaxBytes(100)), TimeWindows.OfSizeAndGrace(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1)));
        using var _ = driver;
        input.Pipe("a", 1, 1_000);      // an entry is about 50 bytes: two fit in 100, a third does not
        input.Pipe("b", 2, 2_000);
        Assert.Empty(Read(output));
        input.Pipe("c", 3, 3_000);

        Assert.Equal([("a", 0L, 1L)], Read(output));
    }

    [Fact]
    public void Buffer_AfterARestart_IsRestoredFromItsChangelogAndStillEmits()
    {
        var (first, input, output) = CreateSut(Suppressed.UntilWindowCloses());
        var changelog = first.CreateOutputTopic("app-final-buffer-changelog", Serdes.ByteArray, Serdes.ByteArray);
        input.Pipe("a", 1, 1_000);
        input.Pipe("a", 2, 2_000);
        input.Pipe("b", 5, 3_000);
        Assert.Empty(Read(output));
        var logged = changelog.ReadRecords();
        first.Dispose();

        var (second, input2, output2) = CreateSut(Suppressed.UntilWindowCloses());
        using var _ = second;
        var target = ((IRestorableStore)second.GetStateStore<IKeyValueStore<byte[], byte[]>>("final-buffer")).RestoreTarget;
        foreach (var record in logged)
        {
            target.Put(record.Key, record.Value);
        }

        input2.Pipe("x", 0, 20_000);
        Assert.Equal([("a", 0L, 3L), ("b", 0L, 5L)], Read(output2).Where(r => r.Key != "x").OrderBy(r => r.Key));
    }
}
