using System.Buffers.Binary;
using StreamKit.Serialization;

namespace StreamKit.State;

/// <summary>
/// Serializes a windowed key as the inner key's bytes, then the window start and end as 8-byte
/// big-endian longs, for the keys of windowed output topics.
/// </summary>
/// <typeparam name="TKey">The inner key type.</typeparam>
public sealed class WindowedSerde<TKey> : ISerde<Windowed<TKey>>
{
    private const int SuffixLength = 2 * sizeof(long);
    private readonly ISerde<TKey> _keySerde;

    /// <summary>Creates the serde.</summary>
    /// <param name="keySerde">Serde of the inner key.</param>
    public WindowedSerde(ISerde<TKey> keySerde)
    {
        _keySerde = keySerde ?? throw new ArgumentNullException(nameof(keySerde));
    }

    /// <inheritdoc/>
    public byte[] Serialize(Windowed<TKey> value, SerdeContext context)
    {
        ArgumentNullException.ThrowIfNull(value.Key);
        var key = _keySerde.Serialize(value.Key, context);
        var bytes = new byte[key.Length + SuffixLength];
        key.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(key.Length), value.Window.StartMs);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(key.Length + sizeof(long)), value.Window.EndMs);
        return bytes;
    }

    /// <inheritdoc/>
    public Windowed<TKey> Deserialize(ReadOnlySpan<byte> data, SerdeContext context)
    {
        if (data.Length < SuffixLength)
        {
            throw SerdeErrors.CannotRead(context, "windowed key", $"expected at least {SuffixLength} bytes, got {data.Length}.");
        }

        var start = BinaryPrimitives.ReadInt64BigEndian(data[^SuffixLength..]);
        var end = BinaryPrimitives.ReadInt64BigEndian(data[^sizeof(long)..]);
        if (start < 0 || end < start)
        {
            throw SerdeErrors.CannotRead(context, "windowed key", $"the window [{start}, {end}] is not valid.");
        }

        return new(_keySerde.Deserialize(data[..^SuffixLength], context), new Window(start, end));
    }
}
