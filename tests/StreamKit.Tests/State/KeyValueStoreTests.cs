using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Tests.State;

public sealed class KeyValueStoreTests : IDisposable
{
    private readonly StoreFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private KeyValueStore<string, int> CreateSut(StoreKind kind) => new(_factory.Create(kind), Serdes.String, Serdes.Int32, "store-changelog");

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Put_ThenGet_ReturnsValue(StoreKind kind)
    {
        var sut = CreateSut(kind);

        sut.Put("a", 7);

        Assert.Equal(7, sut.Get("a"));
        Assert.True(sut.TryGet("a", out var value));
        Assert.Equal(7, value);
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void TryGet_MissingKey_ReturnsFalse(StoreKind kind)
    {
        var sut = CreateSut(kind);

        Assert.False(sut.TryGet("missing", out _));
        Assert.Equal(0, sut.Get("missing"));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void PutIfAbsent_ExistingKey_KeepsOldValue(StoreKind kind)
    {
        var sut = CreateSut(kind);
        sut.Put("a", 1);

        Assert.False(sut.PutIfAbsent("a", 2));
        Assert.True(sut.PutIfAbsent("b", 3));
        Assert.Equal(1, sut.Get("a"));
        Assert.Equal(3, sut.Get("b"));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Delete_ExistingKey_RemovesIt(StoreKind kind)
    {
        var sut = CreateSut(kind);
        sut.Put("a", 1);

        sut.Delete("a");

        Assert.False(sut.TryGet("a", out _));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void RangeAndAll_StringKeys_InUtf8Order(StoreKind kind)
    {
        var sut = CreateSut(kind);
        foreach (var (key, i) in new[] { "b", "é", "a", "c", "ab" }.Select((k, i) => (k, i)))
        {
            sut.Put(key, i);
        }

        Assert.Equal(["a", "ab", "b", "c", "é"], sut.All().Select(e => e.Key));
        Assert.Equal(["ab", "b"], sut.Range("ab", "b").Select(e => e.Key));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void PrefixScan_PrefixKeyAndBytesPrefix_ReturnSameEntries(StoreKind kind)
    {
        var sut = CreateSut(kind);
        sut.Put("order-1", 1);
        sut.Put("order-2", 2);
        sut.Put("other", 3);
        sut.Put("ord", 4);

        Assert.Equal(["order-1", "order-2"], sut.PrefixScan("order-").Select(e => e.Key));
        Assert.Equal(["ord", "order-1", "order-2"], sut.PrefixScan("ord"u8.ToArray(), Serdes.ByteArray).Select(e => e.Key));
    }

    [Fact]
    public void Range_Int32Keys_OrderedNumericallyForNonNegative()
    {
        using var sut = new KeyValueStore<int, string>(_factory.Create(StoreKind.InMemory), Serdes.Int32, Serdes.String, "t");
        foreach (var key in new[] { 300, 2, 70_000, 1 })
        {
            sut.Put(key, $"v{key}");
        }

        Assert.Equal([2, 300], sut.Range(2, 300).Select(e => e.Key));
        Assert.Equal([1, 2, 300, 70_000], sut.All().Select(e => e.Key));
    }

    [Fact]
    public void Get_CorruptValueBytes_ThrowsSerdeExceptionNamingTopic()
    {
        var bytes = _factory.Create(StoreKind.InMemory);
        var sut = new KeyValueStore<string, int>(bytes, Serdes.String, Serdes.Int32, "store-changelog");
        bytes.Put("k"u8.ToArray(), [1, 2]);

        var error = Assert.Throws<SerdeException>(() => sut.Get("k"));

        Assert.Contains("'store-changelog'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApproximateCount_AfterPuts_DelegatesToBytesStore()
    {
        var sut = CreateSut(StoreKind.InMemory);
        sut.Put("a", 1);
        sut.Put("b", 2);

        Assert.Equal(2, sut.ApproximateCount);
    }
}
