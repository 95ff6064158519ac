using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Tests.State;

public sealed class TimestampedKeyValueStoreTests : IDisposable
{
    private readonly StoreFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private (TimestampedKeyValueStore<string, string> Sut, IKeyValueBytesStore Bytes) CreateSut(StoreKind kind = StoreKind.InMemory)
    {
        var bytes = _factory.Create(kind);
        return (new TimestampedKeyValueStore<string, string>(bytes, Serdes.String, Serdes.String, "ts-changelog"), bytes);
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Put_WithTimestamp_GetReturnsValueAndTimestamp(StoreKind kind)
    {
        var (sut, _) = CreateSut(kind);

        sut.Put("k", "v", 1_700_000_000_123);

        Assert.Equal(new ValueAndTimestamp<string>("v", 1_700_000_000_123), sut.Get("k"));
    }

    [Fact]
    public void Put_ValueBytes_AreBigEndianTimestampThenValue()
    {
        var (sut, bytes) = CreateSut();

        sut.Put("k", new ValueAndTimestamp<string>("v", 0x0102030405060708));

        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, (byte)'v' }, bytes.Get("k"u8.ToArray()));
    }

    [Fact]
    public void TryGet_MissingKey_ReturnsFalse()
    {
        var (sut, _) = CreateSut();

        Assert.False(sut.TryGet("k", out _));
    }

    [Fact]
    public void Get_ShortValueBytes_ThrowsSerdeExceptionNamingTopic()
    {
        var (sut, bytes) = CreateSut();
        bytes.Put("k"u8.ToArray(), [0, 1, 2]);

        var error = Assert.Throws<SerdeException>(() => sut.Get("k"));

        Assert.Contains("'ts-changelog'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_SeveralKeys_ReturnsTimestampsInKeyOrder()
    {
        var (sut, _) = CreateSut();
        sut.Put("b", "2", 20);
        sut.Put("a", "1", 10);

        Assert.Equal([("a", 10L), ("b", 20L)], sut.All().Select(e => (e.Key, e.Value.Timestamp)));
    }

    [Fact]
    public void TimestampedValuesView_Reads_ShowOnlyValues()
    {
        var (store, _) = CreateSut();
        store.Put("a", "1", 10);
        store.Put("b", "2", 20);

        var sut = new TimestampedValuesView<string, string>(store);

        Assert.Equal("1", sut.Get("a"));
        Assert.False(sut.TryGet("c", out _));
        Assert.Equal([("a", "1"), ("b", "2")], sut.All().Select(e => (e.Key, e.Value)));
        Assert.Equal(["b"], sut.Range("b", "z").Select(e => e.Key));
    }
}
