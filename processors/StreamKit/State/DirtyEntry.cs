namespace StreamKit.State;

/// <summary>A write held in a cache until the next flush; a null value is a pending delete.</summary>
/// <param name="Value">The value bytes, or null for a delete.</param>
/// <param name="Timestamp">The record timestamp of the write, in Unix milliseconds.</param>
internal readonly record struct DirtyEntry(byte[]? Value, long Timestamp);
