using StreamKit.State;
using static StreamKit.Tests.State.Bytes;

namespace StreamKit.Tests.State;

public sealed class ChangeLoggingKeyValueBytesStoreTests : IDisposable
{
    private readonly RecordingChangelogSink _sink = new();
    private readonly InMemoryKeyValueBytesStore _inner = new("logged");

    public void Dispose() => _inner.Dispose();

    private ChangeLoggingKeyValueBytesStore CreateSut() => new(_inner, _sink, () => 42);

    [Fact]
    public void Put_EachWrite_SendsRecordImmediately()
    {
        var sut = CreateSut();

        sut.Put(Of(1), Of(10));
        sut.Put(Of(1), Of(11));

        Assert.Equal([("logged", "01", "0A", 42L), ("logged", "01", "0B", 42L)], _sink.Records.Select(r => (r.Store, Hex(r.Key), Hex(r.Value!), r.Timestamp)));
        Assert.Equal(Of(11), _inner.Get(Of(1)));
    }

    [Fact]
    public void Delete_ExistingKey_SendsTombstone()
    {
        var sut = CreateSut();
        sut.Put(Of(1), Of(10));

        sut.Delete(Of(1));

        Assert.Null(_sink.Records[^1].Value);
        Assert.Null(sut.Get(Of(1)));
    }

    [Fact]
    public void PutAll_Batch_SendsOneRecordPerEntry()
    {
        var sut = CreateSut();

        sut.PutAll([KeyValuePair.Create(Of(1), (byte[]?)Of(1)), KeyValuePair.Create(Of(2), (byte[]?)null)]);

        Assert.Equal(2, _sink.Records.Count);
        Assert.Null(_sink.Records[1].Value);
    }
}
