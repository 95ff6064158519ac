using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Contracts.Catalog;

/// <summary>A catalog topic with its serdes created.</summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
/// <param name="Name">The topic name.</param>
/// <param name="KeySerde">The key serde.</param>
/// <param name="ValueSerde">The value serde.</param>
public sealed record BoundTopic<TKey, TValue>(string Name, ISerde<TKey> KeySerde, ISerde<TValue> ValueSerde);
