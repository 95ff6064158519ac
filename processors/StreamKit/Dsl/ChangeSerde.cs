using System.Buffers.Binary;
using StreamKit.Serialization;

namespace StreamKit.Dsl;

/// <summary>
/// Writes a <see cref="Change{TValue}"/> for repartition topics: a flags byte (1 = new present,
/// 2 = old present), the new value's length as a 4-byte big-endian int, the new value, the old value.
/// </summary>
internal sealed class ChangeSerde<TValue>(ISerde<TValue> inner) : ISerde<Change<TValue>>
{
    public byte[] Serialize(Change<TValue> value, SerdeContext context)
    {
        var newBytes = value.New.HasValue ? inner.Serialize(value.New.Value, context) : [];
        var oldBytes = value.Old.HasValue ? inner.Serialize(value.Old.Value, context) : [];
        var bytes = new byte[5 + newBytes.Length + oldBytes.Length];
        bytes[0] = (byte)((value.New.HasValue ? 1 : 0) | (value.Old.HasValue ? 2 : 0));
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(1), newBytes.Length);
        newBytes.CopyTo(bytes, 5);
        oldBytes.CopyTo(bytes, 5 + newBytes.Length);
        return bytes;
    }

    public Change<TValue> Deserialize(ReadOnlySpan<byte> data, SerdeContext context)
    {
        if (data.Length < 5 || data[0] > 3)
        {
            throw new SerdeException($"Not a table change on '{context.Topic}': {data.Length} bytes, flags {(data.Length > 0 ? data[0] : -1)}.");
        }

        var newLength = BinaryPrimitives.ReadInt32BigEndian(data[1..]);
        if (newLength < 0 || 5 + newLength > data.Length)
        {
            throw new SerdeException($"Not a table change on '{context.Topic}': new value length {newLength} exceeds {data.Length} bytes.");
        }

        var flags = data[0];
        var newValue = (flags & 1) != 0 ? Optional<TValue>.Some(inner.Deserialize(data.Slice(5, newLength), context)) : Optional<TValue>.None;
        var oldValue = (flags & 2) != 0 ? Optional<TValue>.Some(inner.Deserialize(data[(5 + newLength)..], context)) : Optional<TValue>.None;
        return new Change<TValue>(newValue, oldValue);
    }
}
