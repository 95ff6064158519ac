using System.Buffers.Text;

namespace StreamKit.Serialization;

/// <summary>
/// Guids as their 36-character text form (<c>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</c>, lower case) in UTF-8,
/// as Kafka's <c>UUIDSerializer</c>, so keys written by Java producers read back as the same Guid.
/// </summary>
internal sealed class GuidSerde : ISerde<Guid>
{
    private const int TextLength = 36;

    public byte[] Serialize(Guid value, SerdeContext context)
    {
        var bytes = new byte[TextLength];
        _ = Utf8Formatter.TryFormat(value, bytes, out _, 'D');
        return bytes;
    }

    public Guid Deserialize(ReadOnlySpan<byte> data, SerdeContext context)
    {
        if (data.Length != TextLength)
        {
            throw SerdeErrors.WrongLength(context, "Guid text", TextLength, data.Length);
        }

        return Utf8Parser.TryParse(data, out Guid value, out var consumed, 'D') && consumed == TextLength
            ? value
            : throw SerdeErrors.CannotRead(context, "Guid", "the bytes are not a Guid in 8-4-4-4-12 hex form.");
    }
}
