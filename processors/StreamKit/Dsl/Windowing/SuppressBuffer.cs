using System.Buffers.Binary;

namespace StreamKit.Dsl.Windowing;

/// <summary>
/// The suppression buffer's layout. Keys are ordered by emit time: 8-byte big-endian emit time, then the
/// record key's bytes. Values hold the latest update's timestamp, its new value and the value it replaces
/// (the one before the first buffered update), each value present or absent.
/// </summary>
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

    public static byte[] Value(long timestamp, byte[]? newValue, byte[]? oldValue)
    {
        var bytes = new byte[8 + Length(newValue) + Length(oldValue)];
        BinaryPrimitives.WriteInt64BigEndian(bytes, timestamp);
        var at = Write(bytes, 8, newValue);
        Write(bytes, at, oldValue);
        return bytes;
    }

    public static (long Timestamp, byte[]? New, byte[]? Old) ParseValue(byte[] value)
    {
        var (newValue, at) = Read(value, 8);
        var (oldValue, _) = Read(value, at);
        return (BinaryPrimitives.ReadInt64BigEndian(value), newValue, oldValue);
    }

    private static int Length(byte[]? value) => value is null ? 4 : 4 + value.Length;

    private static int Write(byte[] bytes, int at, byte[]? value)
    {
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(at), value?.Length ?? -1);
        value?.CopyTo(bytes, at + 4);
        return at + Length(value);
    }

    private static (byte[]? Value, int Next) Read(byte[] bytes, int at)
    {
        var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
        return length < 0 ? (null, at + 4) : (bytes[(at + 4)..(at + 4 + length)], at + 4 + length);
    }
}
