using StreamKit.Dsl;
using StreamKit.Dsl.Windowing;
using StreamKit.Serialization;
using StreamKit.State;
using StreamKit.Testing;

namespace StreamKit.Tests.Dsl.Windowing;

public sealed class WindowRestoreTests
{
    private static StreamsBuilder CreateSut(Action<StreamsBuilder> build)
    {
        var builder = new StreamsBuilder("app");
        build(builder);
        return builder;
    }

    private static void Restore(IReadOnlyList<StreamKit.Processing.Record<byte[], byte[]?>> changelog, IRestorableStore store)
    {
        foreach (var record in changelog)
        {
            store.RestoreTarget.Put(record.Key, record.Value);
        }
    }

    private static void Sums(StreamsBuilder builder) =>
        builder.Stream("in", Consumed<string, long>.With(Serdes.String, Serdes.Int64)).GroupByKey()
            .WindowedBy(TimeWindows.OfSizeAndGrace(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5)))
            .Aggregate(() => 0L, (_, v, sum) => sum + v, Materialized<string, long>.As("restored-sums", Serdes.String, Serdes.Int64))
            .ToStream().To("out", Produced<Windowed<string>, long>.With(new WindowedSerde<string>(Serdes.String), Serdes.Int64));

    [Fact]
    public void WindowAggregate_RestoredFromItsChangelog_ContinuesTheWindow()
    {
        var changelog = new List<StreamKit.Processing.Record<byte[], byte[]?>>();
        using (var first = new TopologyTestDriver(CreateSut(Sums).Build()))
        {
            var input = first.CreateInputTopic("in", Serdes.String, Serdes.Int64);
            input.Pipe("k", 1, 1_000);
            input.Pipe("k", 2, 2_000);
            changelog.AddRange(first.CreateOutputTopic("app-restored-sums-changelog", Serdes.ByteArray, Serdes.ByteArray).ReadRecords());
        }

        using var second = new TopologyTestDriver(CreateSut(Sums).Build());
        Restore(changelog, (IRestorableStore)second.GetStateStore<IWindowStore<string, long>>("restored-sums"));
        second.CreateInputTopic("in", Serdes.String, Serdes.Int64).Pipe("k", 4, 3_000);

        var output = second.CreateOutputTopic("out", new WindowedSerde<string>(Serdes.String), Serdes.Int64);
        Assert.Equal([7L], output.ReadValues());
    }

    [Fact]
    public void LeftJoin_UnmatchedRecordParkedBeforeARestart_IsEmittedAfterIt()
    {
        static void Join(StreamsBuilder builder)
        {
            var strings = Consumed<string, string>.With(Serdes.String, Serdes.String);
            builder.Stream("l", strings)
                .LeftJoin(builder.Stream("r", strings), (a, b) => $"{a}+{(b.HasValue ? b.Value : "-")}", JoinWindows.OfTimeDifferenceWithNoGrace(TimeSpan.FromSeconds(1)), StreamJoined<string, string, string>.With(Serdes.String, Serdes.String, Serdes.String).WithName("j"), Serdes.String)
                .To("out");
        }

        var changelogs = new Dictionary<string, IReadOnlyList<StreamKit.Processing.Record<byte[], byte[]?>>>();
        using (var first = new TopologyTestDriver(CreateSut(Join).Build()))
        {
            first.CreateInputTopic("l", Serdes.String, Serdes.String).Pipe("k", "a", 1_000);
            foreach (var store in new[] { "j-this-store", "j-other-store", "j-outer-store" })
            {
                changelogs[store] = first.CreateOutputTopic($"app-{store}-changelog", Serdes.ByteArray, Serdes.ByteArray).ReadRecords();
            }
        }

        using var second = new TopologyTestDriver(CreateSut(Join).Build());
        Restore(changelogs["j-this-store"], (IRestorableStore)second.GetStateStore<IWindowStore<string, string>>("j-this-store"));
        Restore(changelogs["j-outer-store"], (IRestorableStore)second.GetStateStore<IKeyValueStore<byte[], byte[]>>("j-outer-store"));
        second.CreateInputTopic("r", Serdes.String, Serdes.String).Pipe("x", "tick", 5_000);

        Assert.Equal(["a+-"], second.CreateOutputTopic("out", Serdes.String, Serdes.String).ReadValues());
        Assert.NotEmpty(changelogs["j-outer-store"]);
    }
}
