using StreamKit.Serialization;

namespace StreamKit.Dsl;

/// <summary>
/// How a windowed stream-stream join is built: the serdes of both sides (used for the join's window
/// stores and for any repartition topic the sides need), the name of the join's processors and stores,
/// the store kind and logging.
/// </summary>
/// <typeparam name="TKey">Key type shared by both streams.</typeparam>
/// <typeparam name="TValue">Value type of this stream.</typeparam>
/// <typeparam name="TOther">Value type of the other stream.</typeparam>
/// <param name="KeySerde">Key serde.</param>
/// <param name="ValueSerde">This stream's value serde.</param>
/// <param name="OtherValueSerde">The other stream's value serde.</param>
/// <param name="Name">Prefix of the join's processors and repartition topics; generated when absent.</param>
/// <param name="StoreName">Prefix of the join's store names (and so of their changelogs); the name when absent.</param>
/// <param name="StoreType">Where the join's stores keep their data; in memory when absent.</param>
/// <param name="LoggingEnabled">Whether the join's stores have changelogs.</param>
public sealed record StreamJoined<TKey, TValue, TOther>(
    ISerde<TKey> KeySerde,
    ISerde<TValue> ValueSerde,
    ISerde<TOther> OtherValueSerde,
    string? Name = null,
    string? StoreName = null,
    StoreType? StoreType = null,
    bool LoggingEnabled = true)
{
    /// <summary>A join with these serdes and generated names.</summary>
    public static StreamJoined<TKey, TValue, TOther> With(ISerde<TKey> keySerde, ISerde<TValue> valueSerde, ISerde<TOther> otherValueSerde) =>
        new(keySerde ?? throw new ArgumentNullException(nameof(keySerde)), valueSerde ?? throw new ArgumentNullException(nameof(valueSerde)), otherValueSerde ?? throw new ArgumentNullException(nameof(otherValueSerde)));

    /// <summary>The same, naming the join's processors and repartition topics after <paramref name="name"/>.</summary>
    public StreamJoined<TKey, TValue, TOther> WithName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Name is null ? this with { Name = name } : throw Settings.GivenTwice("name");
    }

    /// <summary>The same, naming the join's stores after <paramref name="storeName"/>.</summary>
    public StreamJoined<TKey, TValue, TOther> WithStoreName(string storeName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storeName);
        return StoreName is null ? this with { StoreName = storeName } : throw Settings.GivenTwice("store name");
    }

    /// <summary>The same, with the join's stores in <paramref name="storeType"/>.</summary>
    public StreamJoined<TKey, TValue, TOther> WithStoreType(StoreType storeType) =>
        StoreType is null ? this with { StoreType = storeType } : throw Settings.GivenTwice("store type");

    /// <summary>The same, without changelogs (join state is lost on restart).</summary>
    public StreamJoined<TKey, TValue, TOther> WithLoggingDisabled() =>
        LoggingEnabled ? this with { LoggingEnabled = false } : throw Settings.GivenTwice("logging");
}
