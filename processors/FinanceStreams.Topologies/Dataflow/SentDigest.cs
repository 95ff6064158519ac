using System.Security.Cryptography;

namespace FinanceStreams.Topologies.Dataflow;

/// <summary>What a stage last sent under a key, kept as a SHA-256 digest: tells whether a new value differs without storing the value again.</summary>
public static class SentDigest
{
    /// <summary>Whether <paramref name="value"/> differs from what was last recorded under <paramref name="key"/>; records it when it does.</summary>
    public static bool Changed(PartStore store, string key, ReadOnlySpan<byte> value)
    {
        ArgumentNullException.ThrowIfNull(store);
        var digest = SHA256.HashData(value);
        if (store.Get<byte[]>(key) is { } sent && sent.AsSpan().SequenceEqual(digest))
        {
            return false;
        }

        store.Put(key, digest);
        return true;
    }
}
