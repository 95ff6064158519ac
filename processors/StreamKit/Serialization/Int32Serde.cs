using System.Buffers.Binary;

namespace StreamKit.Serialization;

/// <summary>4-byte big-endian ints, as Kafka's <c>IntegerSerializer</c>.</summary>
internal sealed class Int32Serde : ISerde<int>
{
    public byte[] Serialize(int value, SerdeContext context)
    {
        var bytes = new byte[sizeof(int)];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }

    public int Deserialize(ReadOnlySpan<byte> data, SerdeContext context) =>
        data.Length == sizeof(int)
            ? BinaryPrimitives.ReadInt32BigEndian(data)
            : throw SerdeErrors.WrongLength(context, "Int32", sizeof(int), data.Length);
}
