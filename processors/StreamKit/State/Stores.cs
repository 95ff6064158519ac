using StreamKit.Serialization;

namespace StreamKit.State;

/// <summary>Entry points for store suppliers and builders.</summary>
public static class Stores
{
    /// <summary>A supplier of sorted in-memory stores.</summary>
    /// <param name="name">The store name (ASCII letters, digits, '.', '_', '-').</param>
    public static IKeyValueBytesStoreSupplier InMemoryKeyValueStore(string name) =>
        new KeyValueBytesStoreSupplier(name, persistent: false, static (n, _) => new InMemoryKeyValueBytesStore(n));

    /// <summary>A supplier of RocksDB stores in <c>&lt;state dir&gt;/&lt;task id&gt;/rocksdb/&lt;name&gt;</c>.</summary>
    /// <param name="name">The store name (ASCII letters, digits, '.', '_', '-').</param>
    public static IKeyValueBytesStoreSupplier PersistentKeyValueStore(string name) =>
        new KeyValueBytesStoreSupplier(name, persistent: true, static (n, context) =>
            RocksDbKeyValueBytesStore.Open(n, Path.Combine(context.StateDirectory, StoreNames.Validate(context.TaskId, "task id"), "rocksdb", n)));

    /// <summary>A builder of typed stores over <paramref name="supplier"/>; logging on and caching off until set.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="supplier">Creates the bytes store.</param>
    /// <param name="keySerde">Key serde.</param>
    /// <param name="valueSerde">Value serde.</param>
    public static KeyValueStoreBuilder<TKey, TValue> KeyValueStoreBuilder<TKey, TValue>(
        IKeyValueBytesStoreSupplier supplier, ISerde<TKey> keySerde, ISerde<TValue> valueSerde) =>
        new(supplier, keySerde, valueSerde);

    /// <summary>A builder of timestamped stores over <paramref name="supplier"/>; logging on and caching off until set.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="supplier">Creates the bytes store.</param>
    /// <param name="keySerde">Key serde.</param>
    /// <param name="valueSerde">Serde of the plain value.</param>
    public static TimestampedKeyValueStoreBuilder<TKey, TValue> TimestampedKeyValueStoreBuilder<TKey, TValue>(
        IKeyValueBytesStoreSupplier supplier, ISerde<TKey> keySerde, ISerde<TValue> valueSerde) =>
        new(supplier, keySerde, valueSerde);
}
