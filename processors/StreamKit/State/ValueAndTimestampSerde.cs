using System.Buffers.Binary;
using StreamKit.Serialization;

namespace StreamKit.State;

/// <summary>Writes the timestamp as 8 big-endian bytes, then the value's bytes (Kafka Streams' timestamped format).</summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class ValueAndTimestampSerde<TValue> : ISerde<ValueAndTimestamp<TValue>>
{
    private readonly ISerde<TValue> _valueSerde;

    public ValueAndTimestampSerde(ISerde<TValue> valueSerde)
    {
        _valueSerde = valueSerde;
    }

    public byte[] Serialize(ValueAndTimestamp<TValue> value, SerdeContext context)
    {
        ArgumentNullException.ThrowIfNull(value.Value);
        var valueBytes = _valueSerde.Serialize(value.Value, context);
        var bytes = new byte[sizeof(long) + valueBytes.Length];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value.Timestamp);
        valueBytes.CopyTo(bytes, sizeof(long));
        return bytes;
    }

    public ValueAndTimestamp<TValue> Deserialize(ReadOnlySpan<byte> data, SerdeContext context)
    {
        if (data.Length < sizeof(long))
        {
            throw SerdeErrors.CannotRead(context, "timestamped value", $"expected at least 8 bytes, got {data.Length}.");
        }

        return new(_valueSerde.Deserialize(data[sizeof(long)..], context), BinaryPrimitives.ReadInt64BigEndian(data));
    }
}
