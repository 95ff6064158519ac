using StreamKit.Serialization;

namespace StreamKit.Dsl;

/// <summary>How a table's state store is built: name (queryable), serdes, kind, logging.</summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
public sealed record Materialized<TKey, TValue>(ISerde<TKey> KeySerde, ISerde<TValue> ValueSerde, string? StoreName = null, StoreType? StoreType = null, bool LoggingEnabled = true)
{
    /// <summary>A store with these serdes and a generated name.</summary>
    public static Materialized<TKey, TValue> With(ISerde<TKey> keySerde, ISerde<TValue> valueSerde) => new(keySerde, valueSerde);

    /// <summary>A named (queryable) store with these serdes.</summary>
    public static Materialized<TKey, TValue> As(string storeName, ISerde<TKey> keySerde, ISerde<TValue> valueSerde) => new(keySerde, valueSerde, storeName);

    /// <summary>The same, stored in <paramref name="storeType"/>.</summary>
    public Materialized<TKey, TValue> WithStoreType(StoreType storeType) =>
        StoreType is null ? this with { StoreType = storeType } : throw Settings.GivenTwice("store type");

    /// <summary>The same, without a changelog (state is lost on restart).</summary>
    public Materialized<TKey, TValue> WithLoggingDisabled() => LoggingEnabled ? this with { LoggingEnabled = false } : throw Settings.GivenTwice("logging");
}
