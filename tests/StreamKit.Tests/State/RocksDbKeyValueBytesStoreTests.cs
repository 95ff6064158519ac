using StreamKit.State;
using static StreamKit.Tests.State.Bytes;

namespace StreamKit.Tests.State;

public sealed class RocksDbKeyValueBytesStoreTests : IDisposable
{
    private readonly StoreFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private RocksDbKeyValueBytesStore CreateSut(string directory = "db") => _factory.OpenRocksDb(directory);

    [Fact]
    public void Open_AfterDispose_SeesEarlierWrites()
    {
        var first = CreateSut();
        first.Put(Of(1), Of(10));
        first.Put(Of(2), Of(20));
        first.PutAll([KeyValuePair.Create(Of(3), (byte[]?)Of(30)), KeyValuePair.Create(Of(2), (byte[]?)null)]);
        first.Dispose();

        var reopened = CreateSut();

        Assert.Equal(["01", "03"], Keys(reopened.All()));
        Assert.Equal(Of(30), reopened.Get(Of(3)));
    }

    [Fact]
    public void Open_NewDirectory_CreatesParents()
    {
        var sut = CreateSut(Path.Combine("a", "b", "c"));

        Assert.True(Directory.Exists(sut.Directory));
    }

    [Fact]
    public void Dispose_DuringScan_NextMoveThrowsObjectDisposed()
    {
        var sut = CreateSut();
        sut.Put(Of(1), Of(1));
        sut.Put(Of(2), Of(2));
        using var scan = sut.All().GetEnumerator();
        Assert.True(scan.MoveNext());

        sut.Dispose();

        Assert.Throws<ObjectDisposedException>(() => scan.MoveNext());
    }

    [Fact]
    public void Range_WriteDuringScan_ScanKeepsItsView()
    {
        var sut = CreateSut();
        sut.Put(Of(1), Of(1));
        sut.Put(Of(3), Of(3));
        using var scan = sut.Range(Of(0), Of(9)).GetEnumerator();
        Assert.True(scan.MoveNext());

        sut.Put(Of(2), Of(2));

        Assert.True(scan.MoveNext());
        Assert.Equal(Of(3), scan.Current.Key);
    }

    [Fact]
    public void Dispose_Twice_DoesNotThrow()
    {
        var sut = CreateSut();

        sut.Dispose();

        Assert.Null(Record.Exception(sut.Dispose));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("..")]
    public void Open_IllegalName_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => RocksDbKeyValueBytesStore.Open(name, Path.Combine(_factory.Root, "x")));
    }
}
