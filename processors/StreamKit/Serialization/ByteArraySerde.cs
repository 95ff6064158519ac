namespace StreamKit.Serialization;

/// <summary>Raw bytes. Serialize returns the given array; Deserialize copies.</summary>
internal sealed class ByteArraySerde : ISerde<byte[]>
{
    public byte[] Serialize(byte[] value, SerdeContext context) => value;

    public byte[] Deserialize(ReadOnlySpan<byte> data, SerdeContext context) => data.ToArray();
}
