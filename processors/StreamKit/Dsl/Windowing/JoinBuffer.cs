using System.Buffers.Binary;

namespace StreamKit.Dsl.Windowing;

/// <summary>
/// Keys and values of the store of records still waiting for a partner in a left/outer stream join:
/// key = 8-byte time, 1-byte side, record key; value = the values of all such records, each length-prefixed
/// (records with the same key, time and side match the same partners, so they wait together).
/// </summary>
internal static class JoinBuffer
{
    public static byte[] Key(long time, byte side, byte[] key)
    {
        var bytes = new byte[9 + key.Length];
        BinaryPrimitives.WriteInt64BigEndian(bytes, time);
        bytes[8] = side;
        key.CopyTo(bytes, 9);
        return bytes;
    }

    public static (long Time, byte Side, byte[] Key) Parse(byte[] key) => (BinaryPrimitives.ReadInt64BigEndian(key), key[8], key[9..]);

    public static byte[] UpTo(long time) => Key(time + 1, 0, []);

    public static byte[] Append(byte[]? values, byte[] value)
    {
        var existing = values ?? [];
        var bytes = new byte[existing.Length + 4 + value.Length];
        existing.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(existing.Length), value.Length);
        value.CopyTo(bytes, existing.Length + 4);
        return bytes;
    }

    public static IEnumerable<byte[]> Values(byte[] values)
    {
        for (var at = 0; at + 4 <= values.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(values.AsSpan(at));
            yield return values[(at + 4)..(at + 4 + length)];
            at += 4 + length;
        }
    }
}
