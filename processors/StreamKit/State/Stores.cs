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

    /// <summary>A supplier of in-memory window stores, segmented by window start.</summary>
    /// <param name="name">The store name (ASCII letters, digits, '.', '_', '-').</param>
    /// <param name="retention">How long a window stays after stream time passes its start; at least <paramref name="windowSize"/>, whole milliseconds.</param>
    /// <param name="windowSize">The window size, whole milliseconds.</param>
    /// <param name="retainDuplicates">Keep every put of the same key and window start (for stream-stream joins).</param>
    public static IWindowBytesStoreSupplier InMemoryWindowStore(string name, TimeSpan retention, TimeSpan windowSize, bool retainDuplicates) =>
        new WindowBytesStoreSupplier(name, persistent: false, retention, windowSize, retainDuplicates);

    /// <summary>A supplier of window stores with one RocksDB database per segment in <c>&lt;state dir&gt;/&lt;task id&gt;/rocksdb/&lt;name&gt;/</c>.</summary>
    /// <param name="name">The store name (ASCII letters, digits, '.', '_', '-').</param>
    /// <param name="retention">How long a window stays after stream time passes its start; at least <paramref name="windowSize"/>, whole milliseconds.</param>
    /// <param name="windowSize">The window size, whole milliseconds.</param>
    /// <param name="retainDuplicates">Keep every put of the same key and window start (for stream-stream joins).</param>
    public static IWindowBytesStoreSupplier PersistentWindowStore(string name, TimeSpan retention, TimeSpan windowSize, bool retainDuplicates) =>
        new WindowBytesStoreSupplier(name, persistent: true, retention, windowSize, retainDuplicates);

    /// <summary>A supplier of in-memory session stores, segmented by session end.</summary>
    /// <param name="name">The store name (ASCII letters, digits, '.', '_', '-').</param>
    /// <param name="retention">How long a session stays after stream time passes its end, whole milliseconds.</param>
    public static ISessionBytesStoreSupplier InMemorySessionStore(string name, TimeSpan retention) =>
        new SessionBytesStoreSupplier(name, persistent: false, retention);

    /// <summary>A supplier of session stores with one RocksDB database per segment in <c>&lt;state dir&gt;/&lt;task id&gt;/rocksdb/&lt;name&gt;/</c>.</summary>
    /// <param name="name">The store name (ASCII letters, digits, '.', '_', '-').</param>
    /// <param name="retention">How long a session stays after stream time passes its end, whole milliseconds.</param>
    public static ISessionBytesStoreSupplier PersistentSessionStore(string name, TimeSpan retention) =>
        new SessionBytesStoreSupplier(name, persistent: true, retention);

    /// <summary>A builder of typed window stores over <paramref name="supplier"/>; logging on and caching off until set.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="supplier">Creates the segmented bytes store.</param>
    /// <param name="keySerde">Key serde.</param>
    /// <param name="valueSerde">Value serde.</param>
    public static WindowStoreBuilder<TKey, TValue> WindowStoreBuilder<TKey, TValue>(
        IWindowBytesStoreSupplier supplier, ISerde<TKey> keySerde, ISerde<TValue> valueSerde) =>
        new(supplier, keySerde, valueSerde);

    /// <summary>A builder of typed session stores over <paramref name="supplier"/>; logging on and caching off until set.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TAggregate">The aggregate type.</typeparam>
    /// <param name="supplier">Creates the segmented bytes store.</param>
    /// <param name="keySerde">Key serde.</param>
    /// <param name="aggregateSerde">Aggregate serde.</param>
    public static SessionStoreBuilder<TKey, TAggregate> SessionStoreBuilder<TKey, TAggregate>(
        ISessionBytesStoreSupplier supplier, ISerde<TKey> keySerde, ISerde<TAggregate> aggregateSerde) =>
        new(supplier, keySerde, aggregateSerde);
}
