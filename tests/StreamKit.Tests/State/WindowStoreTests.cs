using StreamKit.State;

namespace StreamKit.Tests.State;

public sealed class WindowStoreTests : IDisposable
{
    private readonly WindowedStoreFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private IWindowStore<string, string> CreateSut(StoreKind kind, bool duplicates = false, bool caching = false) =>
        _factory.Window(kind, retentionMs: 100, sizeMs: 10, duplicates, caching);

    private static Windowed<string> W(string key, long start) => new(key, new Window(start, start + 10));

    [Theory]
    [InlineData(StoreKind.InMemory, false)]
    [InlineData(StoreKind.RocksDb, false)]
    [InlineData(StoreKind.InMemory, true)]
    [InlineData(StoreKind.RocksDb, true)]
    public void Fetch_AfterPuts_ReturnsLastValueOfThatWindowOnly(StoreKind kind, bool caching)
    {
        var sut = CreateSut(kind, caching: caching);

        sut.Put("a", "v1", 10);
        sut.Put("a", "v2", 10);
        sut.Put("a", "other", 20);
        sut.Put("b", "b", 10);

        Assert.Equal("v2", sut.Fetch("a", 10));
        Assert.Null(sut.Fetch("a", 30));
        Assert.False(sut.TryFetch("c", 10, out _));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Delete_ExistingWindow_RemovesOnlyThatWindow(StoreKind kind)
    {
        var sut = CreateSut(kind);
        sut.Put("a", "x", 10);
        sut.Put("a", "y", 20);

        sut.Delete("a", 10);

        Assert.Null(sut.Fetch("a", 10));
        Assert.Equal("y", sut.Fetch("a", 20));
    }

    [Theory]
    [InlineData(StoreKind.InMemory, false)]
    [InlineData(StoreKind.RocksDb, false)]
    [InlineData(StoreKind.InMemory, true)]
    [InlineData(StoreKind.RocksDb, true)]
    public void FetchTimeRange_PutsOutOfOrder_ReturnsWindowsInRangeByStart(StoreKind kind, bool caching)
    {
        var sut = CreateSut(kind, caching: caching);
        foreach (var start in new long[] { 50, 5, 300, 256, 40, 255 })
        {
            sut.Put("a", $"v{start}", start);
        }

        sut.Put("a\0", "prefix-key", 256);
        sut.Put("b", "other-key", 256);

        var fetched = sut.Fetch("a", 255, 300).ToList();

        Assert.Equal([255L, 256L, 300L], fetched.Select(e => e.Key));
        Assert.Equal(["v255", "v256", "v300"], fetched.Select(e => e.Value));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void FetchTimeRange_FromAfterTo_ReturnsEmpty(StoreKind kind)
    {
        var sut = CreateSut(kind);
        sut.Put("a", "v", 10);

        Assert.Empty(sut.Fetch("a", 11, 10));
    }

    [Theory]
    [InlineData(StoreKind.InMemory, false)]
    [InlineData(StoreKind.RocksDb, false)]
    [InlineData(StoreKind.InMemory, true)]
    [InlineData(StoreKind.RocksDb, true)]
    public void FetchRange_KeysAndTimes_ReturnsOnlyKeysAndStartsInsideBothRanges(StoreKind kind, bool caching)
    {
        var sut = CreateSut(kind, caching: caching);
        foreach (var key in new[] { "a", "a\0", "ab", "b", "ba", "c" })
        {
            sut.Put(key, key + "@10", 10);
            sut.Put(key, key + "@20", 20);
            sut.Put(key, key + "@90", 90);
        }

        var fetched = sut.FetchRange("a\0", "b", 10, 20).ToList();

        Assert.Equal(
            [W("a\0", 10), W("a\0", 20), W("ab", 10), W("ab", 20), W("b", 10), W("b", 20)],
            fetched.Select(e => e.Key));
        Assert.Equal("ab@20", fetched[3].Value);
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void FetchRange_KeyFromAfterKeyTo_ReturnsEmpty(StoreKind kind)
    {
        var sut = CreateSut(kind);
        sut.Put("a", "v", 10);
        sut.Put("b", "v", 10);

        Assert.Empty(sut.FetchRange("b", "a", 0, 100));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void FetchAllAndAll_SeveralKeys_ReturnLiveWindowsWithEnds(StoreKind kind)
    {
        var sut = CreateSut(kind);
        sut.Put("b", "b1", 30);
        sut.Put("a", "a1", 10);
        sut.Put("a", "a2", 40);

        Assert.Equal([W("a", 10), W("a", 40), W("b", 30)], sut.All().Select(e => e.Key));
        Assert.Equal([W("a", 40), W("b", 30)], sut.FetchAll(20, 40).Select(e => e.Key));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Put_WindowAlreadyExpired_IsDropped(StoreKind kind)
    {
        var sut = CreateSut(kind);
        sut.Put("a", "new", 200);

        sut.Put("a", "late", 100);
        sut.Put("a", "just-live", 101);

        Assert.Null(sut.Fetch("a", 100));
        Assert.Equal("just-live", sut.Fetch("a", 101));
        Assert.Equal(200, sut.ObservedStreamTime);
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Reads_StreamTimeMovesPastRetention_HideExpiredWindows(StoreKind kind)
    {
        var sut = CreateSut(kind);
        sut.Put("a", "old", 10);
        sut.Put("a", "kept", 60);

        sut.Put("b", "now", 110);

        Assert.Null(sut.Fetch("a", 10));
        Assert.Equal([60L], sut.Fetch("a", 0, 200).Select(e => e.Key));
        Assert.Equal(["a", "b"], sut.All().Select(e => e.Key.Key));
        Assert.DoesNotContain(sut.FetchRange("a", "b", 0, 200), e => e.Value == "old");
    }

    [Theory]
    [InlineData(StoreKind.InMemory, false)]
    [InlineData(StoreKind.RocksDb, false)]
    [InlineData(StoreKind.InMemory, true)]
    [InlineData(StoreKind.RocksDb, true)]
    public void Put_RetainDuplicates_KeepsEveryPutInOrder(StoreKind kind, bool caching)
    {
        var sut = CreateSut(kind, duplicates: true, caching: caching);

        sut.Put("a", "v1", 10);
        sut.Put("a", "v2", 10);
        sut.Put("a", "v1", 10);
        sut.Put("a", "later", 20);

        Assert.Equal(["v1", "v2", "v1", "later"], sut.Fetch("a", 0, 50).Select(e => e.Value));
        Assert.Equal("v1", sut.Fetch("a", 10));
        Assert.Equal(4, sut.All().Count());
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Delete_RetainDuplicates_RemovesEveryDuplicateOfThatWindow(StoreKind kind)
    {
        var sut = CreateSut(kind, duplicates: true);
        sut.Put("a", "v1", 10);
        sut.Put("a", "v2", 10);
        sut.Put("a", "keep", 20);

        sut.Delete("a", 10);
        sut.Put("a", "v3", 10);

        Assert.Equal(["v3", "keep"], sut.Fetch("a", 0, 50).Select(e => e.Value));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Put_NegativeWindowStart_Throws(StoreKind kind)
    {
        var sut = CreateSut(kind);

        Assert.Throws<ArgumentOutOfRangeException>(() => sut.Put("a", "v", -1));
    }

    [Fact]
    public void Put_PersistentStoreReopened_KeepsWindows()
    {
        using (var first = CreateSut(StoreKind.RocksDb))
        {
            first.Put("a", "v", 10);
            first.Put("a", "w", 60);
            first.Flush();
        }

        var sut = CreateSut(StoreKind.RocksDb);

        Assert.Equal(["v", "w"], sut.Fetch("a", 0, 100).Select(e => e.Value));
        Assert.Equal(50, sut.ObservedStreamTime);
    }
}
