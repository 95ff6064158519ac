using StreamKit.Dsl;
using StreamKit.Dsl.Windowing;
using StreamKit.Runtime;
using StreamKit.Serialization;

namespace StreamKit.Tests.Dsl.Windowing;

public sealed class WindowParameterTests
{
    private static StreamJoined<string, string, string> CreateSut() => StreamJoined<string, string, string>.With(Serdes.String, Serdes.String, Serdes.String);

    [Fact]
    public void StreamJoined_SettingGivenTwice_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => CreateSut().WithName("a").WithName("b"));
        Assert.Throws<InvalidOperationException>(() => CreateSut().WithStoreName("a").WithStoreName("b"));
        Assert.Throws<InvalidOperationException>(() => CreateSut().WithStoreType(StoreType.InMemory).WithStoreType(StoreType.RocksDb));
        Assert.Throws<InvalidOperationException>(() => CreateSut().WithLoggingDisabled().WithLoggingDisabled());
    }

    [Fact]
    public void BufferConfig_SettingGivenTwice_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => BufferConfig.MaxRecords(5).WithMaxRecords(6));
        Assert.Throws<InvalidOperationException>(() => BufferConfig.MaxBytes(5).WithMaxBytes(6));
        Assert.Throws<InvalidOperationException>(() => BufferConfig.Unbounded().ShutDownWhenFull().ShutDownWhenFull());
    }

    [Fact]
    public void UntilWindowCloses_BoundedBufferThatEmitsEarly_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Suppressed.UntilWindowCloses(BufferConfig.MaxRecords(10)));
        Assert.True(Suppressed.UntilWindowCloses(BufferConfig.MaxRecords(10).ShutDownWhenFull()).Buffer.ShutsDownWhenFull);
    }

    [Fact]
    public void Windows_NegativeOrZeroDurations_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeWindows.OfSizeWithNoGrace(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeWindows.OfSizeWithNoGrace(TimeSpan.FromSeconds(5)).AdvanceBy(TimeSpan.FromSeconds(6)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SessionWindows.OfInactivityGapAndGrace(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => JoinWindows.OfTimeDifferenceAndGrace(TimeSpan.FromSeconds(-5), TimeSpan.Zero));
    }

    [Fact]
    public void Retention_CoversEveryWindowStillOpen()
    {
        Assert.Equal(12_000, TimeWindows.OfSizeAndGrace(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2)).RetentionMs);
        Assert.Equal(15_001, SessionWindows.OfInactivityGapAndGrace(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)).RetentionMs);
        Assert.Equal(12_001, JoinWindows.OfTimeDifferenceAndGrace(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(2)).RetentionMs);
    }

    [Fact]
    public async Task Join_RepartitionedSide_TakesThePartitionCountOfTheOtherSide()
    {
        var builder = new StreamsBuilder("app");
        var left = builder.Stream("left", Consumed<string, string>.With(Serdes.String, Serdes.String)).SelectKey((_, v) => v, Serdes.String);
        var right = builder.Stream("right", Consumed<string, string>.With(Serdes.String, Serdes.String));
        left.Join(right, (a, b) => a + b, JoinWindows.OfTimeDifferenceWithNoGrace(TimeSpan.FromSeconds(1)), CreateSut().WithName("j"), Serdes.String).To("out");

        var plan = await TopicPlanner.PlanAsync(builder.Build(), "app", new FakeTopicAdmin(new() { ["left"] = 2, ["right"] = 6 }), CancellationToken.None);

        Assert.Equal(6, plan.Single(t => t.Name == "app-j-left-repartition").Partitions);
    }
}
