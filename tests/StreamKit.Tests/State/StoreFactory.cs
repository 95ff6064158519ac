using StreamKit.State;

namespace StreamKit.Tests.State;

/// <summary>Creates bytes stores of either kind in one temp directory and disposes them all.</summary>
public sealed class StoreFactory : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly List<IKeyValueBytesStore> _stores = [];

    public string Root => _directory.Path;

    public IKeyValueBytesStore Create(StoreKind kind, string name = "store") =>
        Track(kind switch
        {
            StoreKind.InMemory => new InMemoryKeyValueBytesStore(name),
            StoreKind.RocksDb => RocksDbKeyValueBytesStore.Open(name, Path.Combine(Root, $"{name}-{_stores.Count}")),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        });

    public RocksDbKeyValueBytesStore OpenRocksDb(string directory, string name = "store") =>
        (RocksDbKeyValueBytesStore)Track(RocksDbKeyValueBytesStore.Open(name, Path.Combine(Root, directory)));

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _directory.Dispose();
    }

    private IKeyValueBytesStore Track(IKeyValueBytesStore store)
    {
        _stores.Add(store);
        return store;
    }
}
