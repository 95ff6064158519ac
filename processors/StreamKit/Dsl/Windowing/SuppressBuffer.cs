using System.Buffers.Binary;

namespace StreamKit.Dsl.Windowing;

/// <summary>Buffer keys ordered by emit time: 8-byte big-endian emit time, then the record key's bytes.</summary>
internal static class SuppressBuffer
{
    public static byte[] Key(long emitAt, byte[] key)
    {
        var bytes = new byte[8 + key.Length];
        BinaryPrimitives.WriteInt64BigEndian(bytes, emitAt);
        key.CopyTo(bytes, 8);
        return bytes;
    }

    public static long EmitAt(byte[] bufferKey) => BinaryPrimitives.ReadInt64BigEndian(bufferKey);

    public static byte[] RecordKey(byte[] bufferKey) => bufferKey[8..];

    /// <summary>The smallest buffer key after every key due at <paramref name="time"/>.</summary>
    public static byte[] After(long time) => Key(time + 1, []);
}
