using System.Buffers.Binary;

namespace StreamKit.State;

/// <summary>
/// Window store keys: <c>[serialized key][8-byte big-endian window start][4-byte big-endian sequence]</c>.
/// Window starts are non-negative, so the bytes of one key sort by window start, then sequence.
/// </summary>
internal static class WindowKeySchema
{
    public const int SuffixLength = sizeof(long) + sizeof(uint);

    public static byte[] ToStoreKey(ReadOnlySpan<byte> key, long windowStart, uint sequence)
    {
        var bytes = new byte[key.Length + SuffixLength];
        key.CopyTo(bytes);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(key.Length), windowStart);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(key.Length + sizeof(long)), sequence);
        return bytes;
    }

    public static ReadOnlySpan<byte> Key(byte[] storeKey) => storeKey.AsSpan(0, storeKey.Length - SuffixLength);

    public static long WindowStart(byte[] storeKey)
    {
        ArgumentNullException.ThrowIfNull(storeKey);
        if (storeKey.Length < SuffixLength)
        {
            throw new ArgumentException($"A window store key has at least {SuffixLength} bytes; got {storeKey.Length}.", nameof(storeKey));
        }

        return BinaryPrimitives.ReadInt64BigEndian(storeKey.AsSpan(storeKey.Length - SuffixLength));
    }

    public static uint Sequence(byte[] storeKey) => BinaryPrimitives.ReadUInt32BigEndian(storeKey.AsSpan(storeKey.Length - sizeof(uint)));

    /// <summary>
    /// An inclusive upper bound for the store keys of every key ≤ <paramref name="keyTo"/> with a window
    /// start ≤ <paramref name="timeTo"/>. Keys that are proper prefixes of <paramref name="keyTo"/> put
    /// their timestamp where <paramref name="keyTo"/> has more key bytes, so the bound is the largest of
    /// <c>keyTo[..i] + timeTo + 0xFFFFFFFF</c> over every prefix length i.
    /// </summary>
    public static byte[] UpperBound(ReadOnlySpan<byte> keyTo, long timeTo)
    {
        var bound = ToStoreKey(keyTo, timeTo, uint.MaxValue);
        for (var i = 0; i < keyTo.Length; i++)
        {
            var candidate = ToStoreKey(keyTo[..i], timeTo, uint.MaxValue);
            if (ByteArrayComparer.Instance.Compare(candidate, bound) > 0)
            {
                bound = candidate;
            }
        }

        return bound;
    }
}
