namespace StreamKit.Processing;

/// <summary>An immutable record flowing through a topology; change it with <c>with</c>.</summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type; a <c>null</c> value is a tombstone.</typeparam>
/// <param name="Key">The key.</param>
/// <param name="Value">The value.</param>
/// <param name="Timestamp">Event time, milliseconds since the Unix epoch.</param>
/// <param name="Headers">The headers.</param>
public sealed record Record<TKey, TValue>(TKey Key, TValue Value, long Timestamp, RecordHeaders Headers)
{
    /// <summary>A record without headers.</summary>
    public Record(TKey key, TValue value, long timestamp)
        : this(key, value, timestamp, RecordHeaders.Empty)
    {
    }

    /// <summary>The same record with another key.</summary>
    public Record<TNewKey, TValue> WithKey<TNewKey>(TNewKey key) => new(key, Value, Timestamp, Headers);

    /// <summary>The same record with another value.</summary>
    public Record<TKey, TNewValue> WithValue<TNewValue>(TNewValue value) => new(Key, value, Timestamp, Headers);
}
