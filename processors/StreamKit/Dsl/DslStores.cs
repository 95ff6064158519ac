using StreamKit.Graph;
using StreamKit.State;

namespace StreamKit.Dsl;

/// <summary>The stores the DSL creates for tables and aggregations.</summary>
internal static class DslStores
{
    public static IStoreBuilder Timestamped<TKey, TValue>(string name, Materialized<TKey, TValue> materialized)
    {
        var supplier = materialized.StoreType == StoreType.RocksDb ? Stores.PersistentKeyValueStore(name) : Stores.InMemoryKeyValueStore(name);
        var builder = Stores.TimestampedKeyValueStoreBuilder(supplier, materialized.KeySerde, materialized.ValueSerde).WithCachingEnabled();
        return StoreBuilders.From(materialized.LoggingEnabled ? builder.WithLoggingEnabled() : builder.WithLoggingDisabled());
    }
}
