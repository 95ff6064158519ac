namespace StreamKit.State;

/// <summary>A stored value with the timestamp of the record that wrote it.</summary>
/// <typeparam name="TValue">The value type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Timestamp">The record timestamp, in Unix milliseconds.</param>
public readonly record struct ValueAndTimestamp<TValue>(TValue Value, long Timestamp);
