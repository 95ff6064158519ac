namespace StreamKit.State;

/// <summary>
/// Where stores send their changes. The runtime implements it over the store's changelog topic
/// partition (and decides when the records are produced); a null value is a tombstone.
/// </summary>
public interface IChangelogSink
{
    /// <summary>Records that <paramref name="key"/> of <paramref name="store"/> now holds <paramref name="value"/>.</summary>
    /// <param name="store">The store name.</param>
    /// <param name="key">The key bytes.</param>
    /// <param name="value">The value bytes, or null when the key was deleted.</param>
    /// <param name="timestamp">The record timestamp, in Unix milliseconds.</param>
    void Send(string store, byte[] key, byte[]? value, long timestamp);
}
