namespace StreamKit.State;

/// <summary>A record read back from a store's changelog.</summary>
/// <param name="Key">The key bytes.</param>
/// <param name="Value">The value bytes, or null for a tombstone.</param>
public readonly record struct ChangelogRecord(byte[] Key, byte[]? Value);
