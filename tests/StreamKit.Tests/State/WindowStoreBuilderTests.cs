using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Tests.State;

public sealed class WindowStoreBuilderTests : IDisposable
{
    private readonly WindowedStoreFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static WindowStoreBuilder<string, string> CreateSut(StoreKind kind = StoreKind.InMemory, bool duplicates = false) =>
        Stores.WindowStoreBuilder(WindowedStoreFactory.WindowSupplier(kind, 100, 10, duplicates), Serdes.String, Serdes.String);

    private static string WindowKeyHex(string key, long start, uint sequence) =>
        Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(key)) + start.ToString("X16", null) + sequence.ToString("X8", null);

    public static TheoryData<string, Action<WindowStoreBuilder<string, string>>> SettingsGivenTwice => new()
    {
        { "logging on twice", b => b.WithLoggingEnabled().WithLoggingEnabled() },
        { "logging off then on", b => b.WithLoggingDisabled().WithLoggingEnabled() },
        { "caching on then off", b => b.WithCachingEnabled().WithCachingDisabled() },
    };

    [Theory]
    [MemberData(nameof(SettingsGivenTwice))]
    public void With_SettingGivenTwice_Throws(string scenario, Action<WindowStoreBuilder<string, string>> configure)
    {
        var error = Assert.Throws<InvalidOperationException>(() => configure(CreateSut()));

        Assert.Contains("'win'", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(scenario);
    }

    [Fact]
    public void Defaults_LoggingOnCachingOff()
    {
        var sut = CreateSut();

        Assert.True(sut.LoggingEnabled);
        Assert.False(sut.CachingEnabled);
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Build_CachingEnabled_LogsLastValuePerWindowedKeyOnFlushOnly(StoreKind kind)
    {
        var store = _factory.Track(CreateSut(kind).WithCachingEnabled().Build(_factory.Context));
        store.Put("a", "v1", 5);
        store.Put("a", "v2", 5);
        store.Put("a", "w", 20);
        Assert.Empty(_factory.Sink.Records);

        store.Flush();

        Assert.Equal(
            [("win", WindowKeyHex("a", 5, 0), "v2", 7L), ("win", WindowKeyHex("a", 20, 0), "w", 7L)],
            _factory.Sink.Records.Select(r => (r.Store, Convert.ToHexString(r.Key), System.Text.Encoding.UTF8.GetString(r.Value!), r.Timestamp)));
    }

    [Fact]
    public void Build_Defaults_LogsEachWriteWithItsSequenceWhenRetainingDuplicates()
    {
        var store = _factory.Track(CreateSut(duplicates: true).Build(_factory.Context));

        store.Put("a", "v", 5);
        store.Put("a", "v", 5);
        store.Delete("a", 5);

        Assert.Equal(
            [(WindowKeyHex("a", 5, 0), true), (WindowKeyHex("a", 5, 1), true), (WindowKeyHex("a", 5, 0), false), (WindowKeyHex("a", 5, 1), false)],
            _factory.Sink.Records.Select(r => (Convert.ToHexString(r.Key), r.Value is not null)));
    }

    [Fact]
    public void Build_LoggingDisabled_SendsNothing()
    {
        var store = _factory.Track(CreateSut().WithLoggingDisabled().WithCachingEnabled().Build(_factory.Context));

        store.Put("a", "v", 5);
        store.Flush();

        Assert.Empty(_factory.Sink.Records);
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void RestoreTarget_ChangelogReplayedIntoFreshStore_RebuildsLiveWindows(StoreKind kind)
    {
        var source = _factory.Track(CreateSut(StoreKind.InMemory, duplicates: true).WithCachingEnabled().Build(_factory.Context));
        source.Put("a", "old", 10);
        source.Put("a", "x", 150);
        source.Put("a", "y", 150);
        source.Put("b", "z", 160);
        source.Flush();
        var changelog = _factory.Sink.Records.Select(r => new ChangelogRecord(r.Key, r.Value)).ToList();
        var target = _factory.Track(CreateSut(kind, duplicates: true).WithLoggingDisabled().Build(_factory.Context));

        var restorer = new StateRestorer(((IRestorableStore)target).RestoreTarget, changelog.Count);
        restorer.Restore(changelog);
        restorer.Complete();

        Assert.Equal(160, target.ObservedStreamTime);
        Assert.Equal(["x", "y", "z"], target.All().Select(e => e.Value));
        Assert.Null(target.Fetch("a", 10));
    }

    [Fact]
    public void Build_Persistent_OpensSegmentsUnderTaskDirectory()
    {
        var store = _factory.Track(CreateSut(StoreKind.RocksDb).Build(_factory.Context));

        store.Put("a", "v", 120);

        Assert.True(store.Persistent);
        Assert.True(Directory.Exists(Path.Combine(_factory.Root, "0_1", "rocksdb", "win", "win.100")));
    }

    [Theory]
    [InlineData(10, 20, 0.0)]
    [InlineData(-1, 0, 0.0)]
    [InlineData(100, 10, 0.5)]
    public void Stores_InvalidDurations_Throw(long retentionMs, long sizeMs, double extraMs)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Stores.InMemoryWindowStore(
            "w", TimeSpan.FromMilliseconds(retentionMs + extraMs), TimeSpan.FromMilliseconds(sizeMs), retainDuplicates: false));
    }

    [Fact]
    public void Stores_Supplier_HasHalfRetentionSegments()
    {
        var supplier = Stores.PersistentWindowStore("w", TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), retainDuplicates: true);

        Assert.Equal((3_600_000L, 300_000L, 1_800_000L, true, true), (supplier.RetentionMs, supplier.WindowSizeMs, supplier.SegmentIntervalMs, supplier.RetainDuplicates, supplier.Persistent));
    }
}
