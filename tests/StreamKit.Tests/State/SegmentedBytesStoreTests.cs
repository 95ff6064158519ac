using StreamKit.State;

namespace StreamKit.Tests.State;

public sealed class SegmentedBytesStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly List<IStateStore> _stores = [];

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _directory.Dispose();
    }

    // Retention 100 ms, segments of 50 ms: segment s holds window starts [50s, 50s + 49].
    private SegmentedBytesStore CreateSut(StoreKind kind)
    {
        var provider = kind == StoreKind.RocksDb
            ? (ISegmentProvider)new RocksDbSegmentProvider("seg", Path.Combine(_directory.Path, "seg"), 50)
            : new InMemorySegmentProvider("seg");
        var store = new SegmentedBytesStore("seg", 100, 50, provider, WindowKeySchema.WindowStart);
        _stores.Add(store);
        return store;
    }

    private static byte[] Key(long start, byte key = 1) => WindowKeySchema.ToStoreKey([key], start, 0);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Put_StreamTimeJustBeforeSegmentExpires_KeepsSegment(StoreKind kind)
    {
        var sut = CreateSut(kind);
        sut.Put(Key(10), [1]);
        sut.Put(Key(49), [2]);

        sut.Put(Key(148), [3]);

        Assert.Equal([0L, 2L], sut.SegmentIds);
        Assert.Equal([2], sut.Get(Key(49)));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Put_StreamTimePassesEveryStartOfSegment_DropsThatSegmentOnly(StoreKind kind)
    {
        var sut = CreateSut(kind);
        sut.Put(Key(10), [1]);
        sut.Put(Key(49), [2]);
        sut.Put(Key(50), [3]);
        sut.Put(Key(120), [4]);

        sut.Put(Key(149), [5]);

        Assert.Equal([1L, 2L], sut.SegmentIds);
        Assert.Null(sut.Get(Key(49)));
        Assert.Equal([3], sut.Get(Key(50)));
        Assert.Equal(3, sut.All().Count());
    }

    [Fact]
    public void Put_RocksDbSegmentDropped_DeletesItsDirectory()
    {
        var sut = CreateSut(StoreKind.RocksDb);
        sut.Put(Key(10), [1]);
        sut.Put(Key(60), [2]);
        Assert.True(Directory.Exists(Path.Combine(_directory.Path, "seg", "seg.0")));

        sut.Put(Key(200), [3]);

        Assert.False(Directory.Exists(Path.Combine(_directory.Path, "seg", "seg.0")));
        Assert.False(Directory.Exists(Path.Combine(_directory.Path, "seg", "seg.50")));
        Assert.True(Directory.Exists(Path.Combine(_directory.Path, "seg", "seg.200")));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void PutAll_ExpiredAndLiveEntries_WritesLiveOnesOnly(StoreKind kind)
    {
        var sut = CreateSut(kind);

        sut.PutAll([KeyValuePair.Create(Key(300), (byte[]?)[1]), KeyValuePair.Create(Key(200), (byte[]?)[2]), KeyValuePair.Create(Key(201), (byte[]?)[3])]);

        Assert.Equal([Key(201), Key(300)], sut.All().Select(e => e.Key));
        Assert.Equal(300, sut.ObservedStreamTime);
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void All_KeysInSeveralSegments_MergesInKeyOrder(StoreKind kind)
    {
        var sut = CreateSut(kind);
        sut.Put(Key(60, key: 2), [1]);
        sut.Put(Key(10, key: 3), [2]);
        sut.Put(Key(110, key: 1), [3]);
        sut.Put(Key(20, key: 1), [4]);

        Assert.Equal([Key(20, 1), Key(110, 1), Key(60, 2), Key(10, 3)], sut.All().Select(e => e.Key));
        Assert.Equal([Key(20, 1), Key(110, 1)], sut.PrefixScan([1]).Select(e => e.Key));
        Assert.Equal([Key(110, 1), Key(60, 2)], sut.Range(Key(21, 1), Key(60, 2)).Select(e => e.Key));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Put_WhileScanIsOpen_DefersDropUntilScanEnds(StoreKind kind)
    {
        var sut = CreateSut(kind);
        sut.Put(Key(10, key: 1), [1]);
        sut.Put(Key(20, key: 2), [2]);
        var seen = new List<byte[]>();

        foreach (var entry in sut.All())
        {
            seen.Add(entry.Key);
            sut.Put(Key(500, key: 9), [9]);
            Assert.Contains(0L, sut.SegmentIds);
        }

        Assert.Equal([Key(10, 1), Key(20, 2)], seen);
        Assert.Equal([10L], sut.SegmentIds);
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Delete_KeyInMissingSegment_CreatesNoSegment(StoreKind kind)
    {
        var sut = CreateSut(kind);
        sut.Put(Key(10), [1]);

        sut.Delete(Key(70));
        sut.Delete(Key(10));

        Assert.Equal([0L], sut.SegmentIds);
        Assert.Empty(sut.All());
    }

    [Fact]
    public void Open_ExistingRocksDbSegments_ReopensThemWithStreamTimeOfNewest()
    {
        var first = CreateSut(StoreKind.RocksDb);
        first.Put(Key(10), [1]);
        first.Put(Key(120), [2]);
        first.Dispose();

        var sut = CreateSut(StoreKind.RocksDb);

        Assert.Equal([0L, 2L], sut.SegmentIds);
        Assert.Equal(100, sut.ObservedStreamTime);
        Assert.Equal([1], sut.Get(Key(10)));
    }

    [Fact]
    public void Put_KeyShorterThanWindowSuffix_Throws()
    {
        var sut = CreateSut(StoreKind.InMemory);

        Assert.Throws<ArgumentException>(() => sut.Put([1, 2, 3], [1]));
    }
}
