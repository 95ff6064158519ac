namespace StreamKit.State;

/// <summary>A key-value store whose values carry the timestamp of the record that wrote them.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public interface ITimestampedKeyValueStore<TKey, TValue> : IKeyValueStore<TKey, ValueAndTimestamp<TValue>>
{
    /// <summary>Stores <paramref name="value"/> with <paramref name="timestamp"/> for <paramref name="key"/>.</summary>
    void Put(TKey key, TValue value, long timestamp);
}
