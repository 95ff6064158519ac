using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Tests.State;

public sealed class KeyValueStoreBuilderTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly RecordingChangelogSink _sink = new();
    private readonly List<IStateStore> _built = [];

    public void Dispose()
    {
        foreach (var store in _built)
        {
            store.Dispose();
        }

        _directory.Dispose();
    }

    private static KeyValueStoreBuilder<string, string> CreateSut(bool persistent = false) =>
        Stores.KeyValueStoreBuilder(
            persistent ? Stores.PersistentKeyValueStore("counts") : Stores.InMemoryKeyValueStore("counts"),
            Serdes.String,
            Serdes.String);

    private StoreContext Context() => new(_directory.Path, "0_1", _sink) { RecordTimestamp = () => 5 };

    private T Track<T>(T store)
        where T : IStateStore
    {
        _built.Add(store);
        return store;
    }

    public static TheoryData<string, Action<KeyValueStoreBuilder<string, string>>> SettingsGivenTwice => new()
    {
        { "logging on twice", b => b.WithLoggingEnabled().WithLoggingEnabled() },
        { "logging on then off", b => b.WithLoggingEnabled().WithLoggingDisabled() },
        { "logging off then on", b => b.WithLoggingDisabled().WithLoggingEnabled() },
        { "caching on twice", b => b.WithCachingEnabled().WithLoggingDisabled().WithCachingEnabled() },
        { "caching on then off", b => b.WithCachingEnabled().WithCachingDisabled() },
    };

    [Theory]
    [MemberData(nameof(SettingsGivenTwice))]
    public void With_SettingGivenTwice_Throws(string scenario, Action<KeyValueStoreBuilder<string, string>> configure)
    {
        var error = Assert.Throws<InvalidOperationException>(() => configure(CreateSut()));

        Assert.Contains("'counts'", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(scenario);
    }

    [Fact]
    public void Defaults_LoggingOnCachingOff()
    {
        var sut = CreateSut();

        Assert.True(sut.LoggingEnabled);
        Assert.False(sut.CachingEnabled);
    }

    [Fact]
    public void Build_Defaults_LogsEachWriteImmediately()
    {
        var store = Track(CreateSut().Build(Context()));

        store.Put("k", "v");

        var record = Assert.Single(_sink.Records);
        Assert.Equal(("counts", 5L), (record.Store, record.Timestamp));
    }

    [Fact]
    public void Build_CachingEnabled_LogsOnlyAtFlush()
    {
        var store = Track(CreateSut().WithCachingEnabled().Build(Context()));
        store.Put("k", "v1");
        store.Put("k", "v2");
        Assert.Empty(_sink.Records);

        store.Flush();

        Assert.Equal("v2", Serdes.String.Deserialize(Assert.Single(_sink.Records).Value, SerdeContext.Value("t")));
    }

    [Fact]
    public void Build_LoggingDisabled_SendsNothing()
    {
        var store = Track(CreateSut().WithLoggingDisabled().Build(Context()));

        store.Put("k", "v");
        store.Flush();

        Assert.Empty(_sink.Records);
    }

    [Fact]
    public void Build_Persistent_OpensRocksDbUnderTaskDirectory()
    {
        var store = Track(CreateSut(persistent: true).Build(Context()));
        store.Put("k", "v");

        Assert.True(store.Persistent);
        Assert.True(Directory.Exists(Path.Combine(_directory.Path, "0_1", "rocksdb", "counts")));
    }

    [Fact]
    public void Build_CachingAndLogging_RestoreTargetIsInnermostStore()
    {
        var store = Track(CreateSut().WithCachingEnabled().Build(Context()));

        var target = Assert.IsAssignableFrom<IRestorableStore>(store).RestoreTarget;

        Assert.IsType<InMemoryKeyValueBytesStore>(target);
    }

    [Fact]
    public void Build_ChangelogTopicNaming_IsTheTopicSerdesSee()
    {
        var context = Context() with { ChangelogTopic = s => $"app-{s}-changelog" };
        var store = Track(CreateSut().Build(context));
        var target = ((IRestorableStore)store).RestoreTarget;
        target.Put("k"u8.ToArray(), [0xC3, 0x28]);

        var error = Assert.Throws<SerdeException>(() => store.Get("k"));

        Assert.Contains("'app-counts-changelog'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TimestampedBuilder_Build_StoresTimestamps()
    {
        var builder = Stores.TimestampedKeyValueStoreBuilder(Stores.InMemoryKeyValueStore("ts"), Serdes.String, Serdes.Int64);
        var store = Track(builder.WithLoggingDisabled().Build(Context()));

        store.Put("k", 9L, 123);

        Assert.Equal(new ValueAndTimestamp<long>(9, 123), store.Get("k"));
        Assert.Throws<InvalidOperationException>(() => builder.WithLoggingEnabled());
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("with space")]
    public void Stores_IllegalName_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => Stores.InMemoryKeyValueStore(name));
    }

    [Fact]
    public void Build_PersistentWithIllegalTaskId_Throws()
    {
        var context = Context() with { TaskId = "../escape" };

        Assert.Throws<ArgumentException>(() => CreateSut(persistent: true).Build(context));
    }
}
