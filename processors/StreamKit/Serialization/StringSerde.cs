using System.Text;

namespace StreamKit.Serialization;

/// <summary>UTF-8 strings, as Kafka's <c>StringSerializer</c>; invalid UTF-8 is rejected, not replaced.</summary>
internal sealed class StringSerde : ISerde<string>
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public byte[] Serialize(string value, SerdeContext context)
    {
        try
        {
            return Strict.GetBytes(value);
        }
        catch (EncoderFallbackException e)
        {
            throw SerdeErrors.CannotWrite(context, "UTF-8 string", "the string holds an unpaired surrogate.", e);
        }
    }

    public string Deserialize(ReadOnlySpan<byte> data, SerdeContext context)
    {
        try
        {
            return Strict.GetString(data);
        }
        catch (DecoderFallbackException e)
        {
            throw SerdeErrors.CannotRead(context, "UTF-8 string", "the bytes are not valid UTF-8.", e);
        }
    }
}
