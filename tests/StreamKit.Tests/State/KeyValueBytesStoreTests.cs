using StreamKit.State;
using static StreamKit.Tests.State.Bytes;

namespace StreamKit.Tests.State;

public sealed class KeyValueBytesStoreTests : IDisposable
{
    private readonly StoreFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private IKeyValueBytesStore CreateSut(StoreKind kind, params byte[][] keys)
    {
        var store = _factory.Create(kind);
        foreach (var key in keys)
        {
            store.Put(key, [.. key, 0xEE]);
        }

        return store;
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Get_MissingKey_ReturnsNull(StoreKind kind)
    {
        Assert.Null(CreateSut(kind).Get(Of(1)));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Put_ThenGet_ReturnsLastValue(StoreKind kind)
    {
        var sut = CreateSut(kind);

        sut.Put(Of(1), Of(10));
        sut.Put(Of(1), Of(11));

        Assert.Equal(Of(11), sut.Get(Of(1)));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Put_NullValue_DeletesKey(StoreKind kind)
    {
        var sut = CreateSut(kind, Of(1), Of(2));

        sut.Put(Of(1), null);

        Assert.Null(sut.Get(Of(1)));
        Assert.Equal(["02"], Keys(sut.All()));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Delete_ExistingAndMissingKeys_RemovesOnlyExisting(StoreKind kind)
    {
        var sut = CreateSut(kind, Of(1), Of(2));

        sut.Delete(Of(2));
        sut.Delete(Of(9));

        Assert.Equal(["01"], Keys(sut.All()));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Range_BoundsAreKeys_IncludesBothBounds(StoreKind kind)
    {
        var sut = CreateSut(kind, Of(1), Of(2), Of(3), Of(4), Of(5));

        Assert.Equal(["02", "03", "04"], Keys(sut.Range(Of(2), Of(4))));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Range_BoundsBetweenKeys_ReturnsKeysInside(StoreKind kind)
    {
        var sut = CreateSut(kind, Of(1), Of(2, 0), Of(3), Of(3, 0), Of(4));

        Assert.Equal(["0200", "03"], Keys(sut.Range(Of(1, 0), Of(3))));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Range_FromAfterTo_ReturnsEmpty(StoreKind kind)
    {
        var sut = CreateSut(kind, Of(1), Of(2), Of(3));

        Assert.Empty(sut.Range(Of(3), Of(1)));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Range_SameBound_ReturnsThatKeyOnly(StoreKind kind)
    {
        var sut = CreateSut(kind, Of(1), Of(2), Of(2, 0));

        var entries = sut.Range(Of(2), Of(2)).ToList();

        Assert.Equal(["02"], Keys(entries));
        Assert.Equal(Of(2, 0xEE), entries[0].Value);
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void PrefixScan_MixedKeys_ReturnsPrefixedKeysInOrder(StoreKind kind)
    {
        var sut = CreateSut(kind, Of(1, 2), Of(1, 1, 9), Of(1), Of(0, 1), Of(2), Of(1, 0xFF));

        Assert.Equal(["01", "010109", "0102", "01FF"], Keys(sut.PrefixScan(Of(1))));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void PrefixScan_PrefixOfHighBytes_ReturnsKeysUpToEnd(StoreKind kind)
    {
        var sut = CreateSut(kind, Of(0xFE), Of(0xFF), Of(0xFF, 0xFF), Of(0xFF, 0xFF, 0x00), Of(0xFF, 0xFE));

        Assert.Equal(["FFFF", "FFFF00"], Keys(sut.PrefixScan(Of(0xFF, 0xFF))));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void PrefixScan_NoMatch_ReturnsEmpty(StoreKind kind)
    {
        var sut = CreateSut(kind, Of(1), Of(3));

        Assert.Empty(sut.PrefixScan(Of(2)));
        Assert.Empty(sut.PrefixScan(Of(9)));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void PrefixScan_EmptyPrefix_ReturnsAll(StoreKind kind)
    {
        var sut = CreateSut(kind, Of(2), Of(1));

        Assert.Equal(["01", "02"], Keys(sut.PrefixScan([])));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void All_HighBytes_OrderedAsUnsignedWithPrefixFirst(StoreKind kind)
    {
        var sut = CreateSut(kind, Of(0xFF), Of(0x80), Of(0x7F), Of(0x00), Of(0x80, 0x00), Of(0x7F, 0xFF));

        Assert.Equal(["00", "7F", "7FFF", "80", "8000", "FF"], Keys(sut.All()));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void PutAll_PutsAndDeletes_AppliesInOrder(StoreKind kind)
    {
        var sut = CreateSut(kind, Of(1));

        sut.PutAll(
        [
            KeyValuePair.Create(Of(2), (byte[]?)Of(20)),
            KeyValuePair.Create(Of(1), (byte[]?)null),
            KeyValuePair.Create(Of(2), (byte[]?)Of(21)),
        ]);

        Assert.Null(sut.Get(Of(1)));
        Assert.Equal(Of(21), sut.Get(Of(2)));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void ApproximateCount_ThreeKeys_IsPositive(StoreKind kind)
    {
        var sut = CreateSut(kind, Of(1), Of(2), Of(3));
        sut.Flush();

        Assert.InRange(sut.ApproximateCount, 1, 6);
    }

    [Fact]
    public void ApproximateCount_InMemory_IsExact()
    {
        var sut = CreateSut(StoreKind.InMemory, Of(1), Of(2), Of(3));
        sut.Delete(Of(2));

        Assert.Equal(2, sut.ApproximateCount);
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Get_AfterDispose_ThrowsObjectDisposed(StoreKind kind)
    {
        var sut = CreateSut(kind, Of(1));

        sut.Dispose();

        Assert.Throws<ObjectDisposedException>(() => sut.Get(Of(1)));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Name_AndPersistent_MatchKind(StoreKind kind)
    {
        var sut = CreateSut(kind);

        Assert.Equal("store", sut.Name);
        Assert.Equal(kind == StoreKind.RocksDb, sut.Persistent);
    }
}
