using StreamKit.Graph;
using StreamKit.Serialization;
using StreamKit.State;

namespace StreamKit.Dsl.Windowing;

/// <summary>The window stores the DSL creates for windowed aggregations and stream-stream joins.</summary>
internal static class WindowStores
{
    public static IStoreBuilder Build<TKey, TValue>(string name, long retentionMs, long sizeMs, bool retainDuplicates, StoreType? type, bool logging, ISerde<TKey> keys, ISerde<TValue> values)
    {
        var (retention, size) = (TimeSpan.FromMilliseconds(Math.Max(retentionMs, sizeMs)), TimeSpan.FromMilliseconds(sizeMs));
        var supplier = type == StoreType.RocksDb
            ? Stores.PersistentWindowStore(name, retention, size, retainDuplicates)
            : Stores.InMemoryWindowStore(name, retention, size, retainDuplicates);
        var builder = Stores.WindowStoreBuilder(supplier, keys, values);
        return StoreBuilders.From(logging ? builder.WithLoggingEnabled() : builder.WithLoggingDisabled());
    }
}
