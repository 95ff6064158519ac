using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Tests.State;

/// <summary>Builds typed window and session stores of either kind in one temp state directory, and disposes them all.</summary>
public sealed class WindowedStoreFactory : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly List<IStateStore> _built = [];

    public RecordingChangelogSink Sink { get; } = new();

    public string Root => _directory.Path;

    public StoreContext Context => new(_directory.Path, "0_1", Sink) { RecordTimestamp = () => 7 };

    public static IWindowBytesStoreSupplier WindowSupplier(StoreKind kind, long retentionMs, long sizeMs, bool duplicates, string name = "win") =>
        kind == StoreKind.RocksDb
            ? Stores.PersistentWindowStore(name, TimeSpan.FromMilliseconds(retentionMs), TimeSpan.FromMilliseconds(sizeMs), duplicates)
            : Stores.InMemoryWindowStore(name, TimeSpan.FromMilliseconds(retentionMs), TimeSpan.FromMilliseconds(sizeMs), duplicates);

    public static ISessionBytesStoreSupplier SessionSupplier(StoreKind kind, long retentionMs, string name = "sessions") =>
        kind == StoreKind.RocksDb
            ? Stores.PersistentSessionStore(name, TimeSpan.FromMilliseconds(retentionMs))
            : Stores.InMemorySessionStore(name, TimeSpan.FromMilliseconds(retentionMs));

    public IWindowStore<string, string> Window(
        StoreKind kind, long retentionMs = 100, long sizeMs = 10, bool duplicates = false, bool caching = false, bool logging = true)
    {
        var builder = Stores.WindowStoreBuilder(WindowSupplier(kind, retentionMs, sizeMs, duplicates), Serdes.String, Serdes.String);
        builder = caching ? builder.WithCachingEnabled() : builder;
        builder = logging ? builder : builder.WithLoggingDisabled();
        return Track(builder.Build(Context));
    }

    public ISessionStore<string, long> Session(StoreKind kind, long retentionMs = 100, bool caching = false)
    {
        var builder = Stores.SessionStoreBuilder(SessionSupplier(kind, retentionMs), Serdes.String, Serdes.Int64);
        return Track((caching ? builder.WithCachingEnabled() : builder).Build(Context));
    }

    public T Track<T>(T store)
        where T : IStateStore
    {
        _built.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _built)
        {
            store.Dispose();
        }

        _directory.Dispose();
    }
}
