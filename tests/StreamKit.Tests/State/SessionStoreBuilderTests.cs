using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Tests.State;

public sealed class SessionStoreBuilderTests : IDisposable
{
    private readonly WindowedStoreFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static SessionStoreBuilder<string, long> CreateSut(StoreKind kind = StoreKind.InMemory) =>
        Stores.SessionStoreBuilder(WindowedStoreFactory.SessionSupplier(kind, 100), Serdes.String, Serdes.Int64);

    private static Windowed<string> S(string key, long start, long end) => new(key, new Window(start, end));

    [Fact]
    public void With_SettingGivenTwice_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => CreateSut().WithCachingEnabled().WithCachingEnabled());
        Assert.Throws<InvalidOperationException>(() => CreateSut().WithLoggingDisabled().WithLoggingDisabled());
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Build_CachingEnabled_LogsSessionKeysAndTombstonesOnFlush(StoreKind kind)
    {
        var store = _factory.Track(CreateSut(kind).WithCachingEnabled().Build(_factory.Context));
        store.Put(S("a", 0, 10), 1);
        store.Put(S("a", 30, 40), 2);
        store.Flush();
        store.Remove(S("a", 0, 10));
        store.Remove(S("a", 30, 40));
        store.Put(S("a", 0, 40), 4);
        Assert.Equal(2, _factory.Sink.Records.Count);

        store.Flush();

        Assert.Equal(
            [("61000000000000000A" + "0000000000000000", false), ("610000000000000028" + "0000000000000000", true), ("610000000000000028" + "000000000000001E", false)],
            _factory.Sink.Records.Skip(2).Select(r => (Convert.ToHexString(r.Key), r.Value is not null)));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void RestoreTarget_ChangelogReplayed_RebuildsSessions(StoreKind kind)
    {
        var source = _factory.Track(CreateSut().Build(_factory.Context));
        source.Put(S("a", 0, 10), 1);
        source.Put(S("a", 30, 40), 2);
        source.Remove(S("a", 0, 10));
        var changelog = _factory.Sink.Records.Select(r => new ChangelogRecord(r.Key, r.Value)).ToList();
        var target = _factory.Track(CreateSut(kind).WithLoggingDisabled().Build(_factory.Context));

        new StateRestorer(((IRestorableStore)target).RestoreTarget, changelog.Count).Restore(changelog);

        var restored = Assert.Single(target.FindSessions("a", 0, long.MaxValue));
        Assert.Equal((S("a", 30, 40), 2L), (restored.Key, restored.Value));
        Assert.Equal(40, target.ObservedStreamTime);
    }

    [Fact]
    public void Stores_NegativeRetention_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Stores.InMemorySessionStore("s", TimeSpan.FromMilliseconds(-1)));
    }
}
