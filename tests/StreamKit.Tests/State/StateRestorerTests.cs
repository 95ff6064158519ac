using StreamKit.State;
using static StreamKit.Tests.State.Bytes;

namespace StreamKit.Tests.State;

public sealed class StateRestorerTests : IDisposable
{
    private readonly StoreFactory _factory = new();
    private readonly List<RestoreProgress> _reports = [];

    public void Dispose() => _factory.Dispose();

    private sealed class SyncProgress(List<RestoreProgress> reports) : IProgress<RestoreProgress>
    {
        public void Report(RestoreProgress value) => reports.Add(value);
    }

    private (StateRestorer Sut, IKeyValueBytesStore Target) CreateSut(long total, int batchSize, StoreKind kind = StoreKind.InMemory)
    {
        var target = _factory.Create(kind, "restored");
        return (new StateRestorer(target, total, new SyncProgress(_reports), batchSize), target);
    }

    private static IEnumerable<ChangelogRecord> Records(int count) =>
        Enumerable.Range(0, count).Select(i => new ChangelogRecord(BitConverter.GetBytes(i), Of((byte)i)));

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.RocksDb)]
    public void Restore_2500RecordsInBatchesOf1000_ReportsAfterEachBatch(StoreKind kind)
    {
        var (sut, target) = CreateSut(2500, 1000, kind);

        sut.Restore(Records(2500));

        Assert.Equal([1000L, 2000L, 2500L], _reports.Select(r => r.Restored));
        Assert.All(_reports, r => Assert.Equal(("restored", 2500L), (r.Store, r.Total)));
        Assert.True(_reports[^1].IsComplete);
        Assert.Equal(2500, target.All().Count());
    }

    [Fact]
    public void Restore_SeveralPolls_AccumulatesProgress()
    {
        var (sut, _) = CreateSut(5, 10);

        sut.Restore(Records(3));
        sut.Restore(Records(2));

        Assert.Equal([3L, 5L], _reports.Select(r => r.Restored));
        Assert.Equal(5, sut.Restored);
    }

    [Fact]
    public void Restore_TombstoneAfterValue_DeletesKey()
    {
        var (sut, target) = CreateSut(3, 2);

        sut.Restore([new(Of(1), Of(10)), new(Of(2), Of(20)), new(Of(1), null)]);

        Assert.Null(target.Get(Of(1)));
        Assert.Equal(Of(20), target.Get(Of(2)));
    }

    [Fact]
    public void Restore_SameKeyWithinBatch_LastRecordWins()
    {
        var (sut, target) = CreateSut(2, 10);

        sut.Restore([new(Of(1), Of(10)), new(Of(1), Of(11))]);

        Assert.Equal(Of(11), target.Get(Of(1)));
    }

    [Fact]
    public void Complete_AfterRestore_ReturnsFinalProgress()
    {
        var (sut, _) = CreateSut(4, 3);
        sut.Restore(Records(4));

        var final = sut.Complete();

        Assert.Equal(new RestoreProgress("restored", 4, 4), final);
    }

    [Fact]
    public void Restore_ThroughBuiltStoreRestoreTarget_IsNotLoggedAgain()
    {
        var sink = new RecordingChangelogSink();
        using var directory = new TempDirectory();
        using var store = Stores.KeyValueStoreBuilder(Stores.InMemoryKeyValueStore("s"), StreamKit.Serialization.Serdes.Int32, StreamKit.Serialization.Serdes.Int32)
            .WithCachingEnabled()
            .Build(new StoreContext(directory.Path, "0_0", sink));
        var sut = new StateRestorer(((IRestorableStore)store).RestoreTarget, 1);

        sut.Restore([new(new byte[] { 0, 0, 0, 1 }, new byte[] { 0, 0, 0, 7 })]);
        store.Flush();

        Assert.Equal(7, store.Get(1));
        Assert.Empty(sink.Records);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(10, 0)]
    public void Constructor_InvalidArguments_Throw(long total, int batchSize)
    {
        var target = _factory.Create(StoreKind.InMemory);

        Assert.Throws<ArgumentOutOfRangeException>(() => new StateRestorer(target, total, null, batchSize));
    }
}
