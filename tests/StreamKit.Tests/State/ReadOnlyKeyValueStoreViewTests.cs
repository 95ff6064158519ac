using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Tests.State;

public sealed class ReadOnlyKeyValueStoreViewTests : IDisposable
{
    private readonly KeyValueStore<string, int> _store = new(new InMemoryKeyValueBytesStore("view"), Serdes.String, Serdes.Int32, "t");

    public void Dispose() => _store.Dispose();

    private ReadOnlyKeyValueStoreView<string, int> CreateSut() => new(_store);

    [Fact]
    public void Get_AfterStoreWrite_SeesValue()
    {
        var sut = CreateSut();

        _store.Put("a", 1);

        Assert.Equal(1, sut.Get("a"));
        Assert.Equal(["a"], sut.All().Select(e => e.Key));
        Assert.Equal("view", sut.Name);
    }

    [Fact]
    public void View_CannotBeCastToWritableStore()
    {
        IReadOnlyKeyValueStore<string, int> sut = CreateSut();

        Assert.False(sut is IKeyValueStore<string, int>);
        Assert.False(sut is IDisposable);
    }
}
