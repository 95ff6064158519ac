using StreamKit.State;

namespace StreamKit.Tests.State;

public sealed class SessionStoreTests : IDisposable
{
    private readonly WindowedStoreFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private ISessionStore<string, long> CreateSut(StoreKind kind, bool caching = false, params (string Key, long Start, long End, long Count)[] sessions)
    {
        var store = _factory.Session(kind, retentionMs: 100, caching);
        foreach (var (key, start, end, count) in sessions)
        {
            store.Put(S(key, start, end), count);
        }

        return store;
    }

    private static Windowed<string> S(string key, long start, long end) => new(key, new Window(start, end));

    [Theory]
    [InlineData(StoreKind.InMemory, false)]
    [InlineData(StoreKind.RocksDb, false)]
    [InlineData(StoreKind.InMemory, true)]
    [InlineData(StoreKind.RocksDb, true)]
    public void FindSessions_OverlappingQuery_ReturnsSessionsOfThatKeyByEnd(StoreKind kind, bool caching)
    {
        var sut = CreateSut(kind, caching, ("a", 30, 40, 2), ("a", 0, 10, 1), ("a", 60, 70, 3), ("b", 5, 15, 9), ("a\0", 5, 15, 8));

        var found = sut.FindSessions("a", 5, 35).ToList();

        Assert.Equal([S("a", 0, 10), S("a", 30, 40)], found.Select(e => e.Key));
        Assert.Equal([1L, 2L], found.Select(e => e.Value));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void FindSessions_QueryInGapOrOutside_ReturnsEmpty(StoreKind kind)
    {
        var sut = CreateSut(kind, false, ("a", 0, 10, 1), ("a", 30, 40, 2));

        Assert.Empty(sut.FindSessions("a", 11, 29));
        Assert.Empty(sut.FindSessions("a", 41, 100));
        Assert.Empty(sut.FindSessions("b", 0, 100));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void FindSessions_BoundsTouchSessionEdges_IncludesThem(StoreKind kind)
    {
        var sut = CreateSut(kind, false, ("a", 0, 10, 1), ("a", 30, 40, 2), ("a", 50, 50, 3));

        Assert.Equal([S("a", 0, 10), S("a", 30, 40)], sut.FindSessions("a", 10, 30).Select(e => e.Key));
        Assert.Equal([S("a", 50, 50)], sut.FindSessions("a", 50, 50).Select(e => e.Key));
    }

    [Theory]
    [InlineData(StoreKind.InMemory, false)]
    [InlineData(StoreKind.RocksDb, false)]
    [InlineData(StoreKind.InMemory, true)]
    [InlineData(StoreKind.RocksDb, true)]
    public void RemoveAndPut_RecordBridgesTwoSessions_LeavesOneMergedSession(StoreKind kind, bool caching)
    {
        const long Gap = 15;
        var sut = CreateSut(kind, caching, ("a", 0, 10, 1), ("a", 30, 40, 2));
        var recordTime = 20L;

        var overlapping = sut.FindSessions("a", recordTime - Gap, recordTime + Gap).ToList();
        foreach (var (session, _) in overlapping)
        {
            sut.Remove(session);
        }

        var merged = new Window(overlapping.Min(s => s.Key.Window.StartMs), overlapping.Max(s => s.Key.Window.EndMs));
        sut.Put(new("a", merged), overlapping.Sum(s => s.Value) + 1);

        var only = Assert.Single(sut.FindSessions("a", 0, long.MaxValue));
        Assert.Equal((S("a", 0, 40), 4L), (only.Key, only.Value));
        Assert.Equal(0, sut.FetchSession("a", 0, 10));
        Assert.False(sut.TryFetchSession("a", 30, 40, out _));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void FetchSession_ExactSession_ReturnsAggregate(StoreKind kind)
    {
        var sut = CreateSut(kind, false, ("a", 0, 10, 5));

        Assert.True(sut.TryFetchSession("a", 0, 10, out var count));
        Assert.Equal(5, count);
        Assert.False(sut.TryFetchSession("a", 0, 11, out _));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Put_StreamTimePassesSessionEndPlusRetention_ExpiresSessionAndDropsLatePuts(StoreKind kind)
    {
        var sut = CreateSut(kind, false, ("a", 0, 10, 1), ("a", 50, 60, 2));

        sut.Put(S("b", 200, 210), 3);
        sut.Put(S("a", 100, 110), 4);
        sut.Put(S("a", 105, 111), 5);

        Assert.Equal([S("a", 105, 111)], sut.FindSessions("a", 0, long.MaxValue).Select(e => e.Key));
        Assert.False(sut.TryFetchSession("a", 0, 10, out _));
        Assert.Equal(210, sut.ObservedStreamTime);
        var segments = Assert.IsType<SegmentedBytesStore>(((IRestorableStore)sut).RestoreTarget);
        Assert.DoesNotContain(0L, segments.SegmentIds);
    }
}
