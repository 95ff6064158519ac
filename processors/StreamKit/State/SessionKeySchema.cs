using System.Buffers.Binary;

namespace StreamKit.State;

/// <summary>
/// Session store keys: <c>[serialized key][8-byte big-endian end][8-byte big-endian start]</c>, as in
/// Kafka Streams, so the sessions of one key sort by end time and expire by end time.
/// </summary>
internal static class SessionKeySchema
{
    public const int SuffixLength = 2 * sizeof(long);

    public static byte[] ToStoreKey(ReadOnlySpan<byte> key, long start, long end)
    {
        var bytes = new byte[key.Length + SuffixLength];
        key.CopyTo(bytes);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(key.Length), end);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(key.Length + sizeof(long)), start);
        return bytes;
    }

    public static ReadOnlySpan<byte> Key(byte[] storeKey) => storeKey.AsSpan(0, storeKey.Length - SuffixLength);

    public static long End(byte[] storeKey)
    {
        ArgumentNullException.ThrowIfNull(storeKey);
        if (storeKey.Length < SuffixLength)
        {
            throw new ArgumentException($"A session store key has at least {SuffixLength} bytes; got {storeKey.Length}.", nameof(storeKey));
        }

        return BinaryPrimitives.ReadInt64BigEndian(storeKey.AsSpan(storeKey.Length - SuffixLength));
    }

    public static long Start(byte[] storeKey) => BinaryPrimitives.ReadInt64BigEndian(storeKey.AsSpan(storeKey.Length - sizeof(long)));

    public static Window Window(byte[] storeKey) => new(Start(storeKey), End(storeKey));
}
