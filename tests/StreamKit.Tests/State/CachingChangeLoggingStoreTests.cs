using StreamKit.State;
using static StreamKit.Tests.State.Bytes;

namespace StreamKit.Tests.State;

public sealed class CachingChangeLoggingStoreTests : IDisposable
{
    private readonly StoreFactory _factory = new();
    private readonly RecordingChangelogSink _sink = new();
    private long _now = 1_000;

    public void Dispose() => _factory.Dispose();

    private (CachingChangeLoggingStore Sut, IKeyValueBytesStore Inner) CreateSut(StoreKind kind = StoreKind.InMemory, bool logging = true)
    {
        var inner = _factory.Create(kind, "cached");
        return (new CachingChangeLoggingStore(inner, logging ? _sink : null, () => _now), inner);
    }

    [Fact]
    public void Get_UnflushedPut_ReturnsCachedValue()
    {
        var (sut, _) = CreateSut();

        sut.Put(Of(1), Of(10));

        Assert.Equal(Of(10), sut.Get(Of(1)));
    }

    [Fact]
    public void Put_BeforeFlush_SendsNothingAndLeavesInnerUnchanged()
    {
        var (sut, inner) = CreateSut();

        sut.Put(Of(1), Of(10));
        sut.Delete(Of(2));

        Assert.Empty(_sink.Records);
        Assert.Null(inner.Get(Of(1)));
        Assert.Equal(2, sut.DirtyCount);
    }

    [Fact]
    public void Flush_SeveralWritesToOneKey_SendsOneRecordWithLastValueAndTimestamp()
    {
        var (sut, inner) = CreateSut();
        sut.Put(Of(1), Of(10));
        _now = 2_000;
        sut.Put(Of(1), Of(11));
        sut.Put(Of(2), Of(20));

        sut.Flush();

        Assert.Equal(
            [("cached", "01", "0B", 2_000L), ("cached", "02", "14", 2_000L)],
            _sink.Records.Select(r => (r.Store, Hex(r.Key), Hex(r.Value!), r.Timestamp)));
        Assert.Equal(Of(11), inner.Get(Of(1)));
        Assert.Equal(0, sut.DirtyCount);
    }

    [Fact]
    public void Flush_DeleteAfterPut_SendsTombstoneAndRemovesFromInner()
    {
        var (sut, inner) = CreateSut();
        inner.Put(Of(1), Of(10));
        sut.Put(Of(1), Of(11));
        sut.Delete(Of(1));

        sut.Flush();

        var record = Assert.Single(_sink.Records);
        Assert.Equal(Of(1), record.Key);
        Assert.Null(record.Value);
        Assert.Null(inner.Get(Of(1)));
    }

    [Fact]
    public void Flush_Twice_SecondSendsNothing()
    {
        var (sut, _) = CreateSut();
        sut.Put(Of(1), Of(10));
        sut.Flush();

        sut.Flush();

        Assert.Single(_sink.Records);
    }

    [Fact]
    public void Flush_LoggingOff_WritesInnerWithoutSending()
    {
        var (sut, inner) = CreateSut(logging: false);
        sut.Put(Of(1), Of(10));

        sut.Flush();

        Assert.Empty(_sink.Records);
        Assert.Equal(Of(10), inner.Get(Of(1)));
    }

    [Fact]
    public void Get_PendingDeleteOfStoredKey_ReturnsNull()
    {
        var (sut, inner) = CreateSut();
        inner.Put(Of(1), Of(10));

        sut.Delete(Of(1));

        Assert.Null(sut.Get(Of(1)));
        Assert.Equal(Of(10), inner.Get(Of(1)));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void All_DirtyAndStoredEntries_MergesInOrderWithCacheWinning(StoreKind kind)
    {
        var (sut, inner) = CreateSut(kind);
        inner.PutAll([.. new byte[] { 1, 3, 5, 0x90 }.Select(b => KeyValuePair.Create(Of(b), (byte[]?)Of(b)))]);
        sut.Put(Of(0x80), Of(0x80));
        sut.Put(Of(3), Of(33));
        sut.Delete(Of(5));
        sut.Put(Of(0), Of(0));
        sut.Put(Of(0xFF), Of(0xFF));

        var entries = sut.All().ToList();

        Assert.Equal(["00", "01", "03", "80", "90", "FF"], Keys(entries));
        Assert.Equal(Of(33), entries[2].Value);
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void RangeAndPrefixScan_DirtyEntries_AreMergedWithinBounds(StoreKind kind)
    {
        var (sut, inner) = CreateSut(kind);
        inner.Put(Of(1, 1), Of(1));
        inner.Put(Of(1, 3), Of(1));
        inner.Put(Of(2), Of(2));
        sut.Put(Of(1, 2), Of(1));
        sut.Put(Of(1, 0xFF), Of(1));
        sut.Delete(Of(1, 1));
        sut.Put(Of(3), Of(3));

        Assert.Equal(["0102", "0103", "01FF"], Keys(sut.PrefixScan(Of(1))));
        Assert.Equal(["0103", "01FF", "02"], Keys(sut.Range(Of(1, 3), Of(2))));
    }

    [Fact]
    public void ApproximateCount_CachedPuts_AreCounted()
    {
        var (sut, inner) = CreateSut();
        inner.Put(Of(1), Of(1));
        sut.Put(Of(2), Of(2));
        sut.Delete(Of(3));

        Assert.Equal(2, sut.ApproximateCount);
    }

    [Fact]
    public void RestoreTarget_IsInnerStore()
    {
        var (sut, inner) = CreateSut();

        Assert.Same(inner, sut.RestoreTarget);
    }
}
