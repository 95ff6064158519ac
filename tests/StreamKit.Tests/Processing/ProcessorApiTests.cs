using StreamKit.Dsl;
using StreamKit.Graph;
using StreamKit.Processing;
using StreamKit.Serialization;
using StreamKit.State;
using StreamKit.Testing;

namespace StreamKit.Tests.Processing;

public sealed class ProcessorApiTests
{
    /// <summary>Counts per key in a store and reports all counts on every punctuation.</summary>
    private sealed class CountingProcessor(PunctuationType type) : IProcessor<string, string, string, long>
    {
        private IProcessorContext<string, long>? _context;
        private IKeyValueStore<string, long>? _store;

        public void Init(IProcessorContext<string, long> context)
        {
            _context = context;
            _store = context.GetStateStore<IKeyValueStore<string, long>>("counts");
            context.Schedule(TimeSpan.FromSeconds(10), type, now =>
            {
                foreach (var (key, count) in _store.All())
                {
                    _context.Forward(new Record<string, long>(key, count, now));
                }
            });
        }

        public void Process(Record<string, string> record) => _store!.Put(record.Key, (_store.TryGet(record.Key, out var n) ? n : 0) + 1);
    }

    private static (TopologyTestDriver Driver, TestInputTopic<string, string> In, TestOutputTopic<string, long> Out) CreateSut(PunctuationType type)
    {
        var builder = new StreamsBuilder("app");
        builder.AddStateStore(StoreBuilders.From(Stores.KeyValueStoreBuilder(Stores.InMemoryKeyValueStore("counts"), Serdes.String, Serdes.Int64)));
        builder.Stream("in", Consumed<string, string>.With(Serdes.String, Serdes.String))
            .Process(() => new CountingProcessor(type), Serdes.String, Serdes.Int64, "counter", "counts")
            .To("out");
        var driver = new TopologyTestDriver(builder.Build());
        return (driver, driver.CreateInputTopic("in", Serdes.String, Serdes.String), driver.CreateOutputTopic("out", Serdes.String, Serdes.Int64));
    }

    [Fact]
    public void StreamTimePunctuator_FiresWhenRecordTimestampsPassTheInterval_NotOnWallClock()
    {
        var (driver, input, output) = CreateSut(PunctuationType.StreamTime);
        using var _ = driver;
        input.Pipe("a", "x", 1_000);
        input.Pipe("a", "x", 5_000);
        driver.AdvanceWallClockTime(TimeSpan.FromMinutes(5));
        Assert.True(output.IsEmpty);

        input.Pipe("b", "x", 11_000);
        var fired = output.ReadRecords();
        Assert.Equal([("a", 2L), ("b", 1L)], fired.Select(r => (r.Key, r.Value)));
        Assert.All(fired, r => Assert.Equal(11_000, r.Timestamp));
    }

    [Fact]
    public void WallClockPunctuator_FiresWhenTheDriverClockAdvances()
    {
        var (driver, input, output) = CreateSut(PunctuationType.WallClockTime);
        using var _ = driver;
        input.Pipe("a", "x", 1);
        driver.AdvanceWallClockTime(TimeSpan.FromSeconds(9));
        Assert.True(output.IsEmpty);
        driver.AdvanceWallClockTime(TimeSpan.FromSeconds(1));
        Assert.Equal(("a", 1L), output.ReadRecords().Select(r => (r.Key, r.Value)).Single());
    }

    [Fact]
    public void GetStateStore_NotConnected_ThrowsNamingProcessorAndStore()
    {
        var builder = new StreamsBuilder("app");
        builder.AddStateStore(StoreBuilders.From(Stores.KeyValueStoreBuilder(Stores.InMemoryKeyValueStore("counts"), Serdes.String, Serdes.Int64)));
        builder.Stream("in", Consumed<string, string>.With(Serdes.String, Serdes.String))
            .Process(() => new CountingProcessor(PunctuationType.StreamTime), Serdes.String, Serdes.Int64, "unconnected");
        var error = Assert.Throws<InvalidOperationException>(() => new TopologyTestDriver(builder.Build()));
        Assert.Contains("'unconnected'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'counts'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Store_IsInspectableAndChangesGoToTheChangelogTopic()
    {
        var (driver, input, _) = CreateSut(PunctuationType.StreamTime);
        using var __ = driver;
        input.Pipe("a", "x", 1);
        input.Pipe("a", "x", 2);
        Assert.Equal(2L, driver.GetStateStore<IKeyValueStore<string, long>>("counts").Get("a"));
        var changelog = driver.CreateOutputTopic("app-counts-changelog", Serdes.String, Serdes.Int64).ReadRecords();
        Assert.Equal([1L, 2L], changelog.Select(r => r.Value));
    }
}
