using System.Buffers.Binary;

namespace StreamKit.Serialization;

/// <summary>8-byte big-endian longs, as Kafka's <c>LongSerializer</c>.</summary>
internal sealed class Int64Serde : ISerde<long>
{
    public byte[] Serialize(long value, SerdeContext context)
    {
        var bytes = new byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        return bytes;
    }

    public long Deserialize(ReadOnlySpan<byte> data, SerdeContext context) =>
        data.Length == sizeof(long)
            ? BinaryPrimitives.ReadInt64BigEndian(data)
            : throw SerdeErrors.WrongLength(context, "Int64", sizeof(long), data.Length);
}
