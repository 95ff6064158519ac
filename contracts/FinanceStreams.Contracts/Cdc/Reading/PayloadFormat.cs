using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Contracts.Cdc.Reading;

/// <summary>Tells the Confluent Avro wire format from JSON, per record, and reads either.</summary>
internal static class PayloadFormat
{
    public static PayloadTree Read(ReadOnlySpan<byte> data, string topic, AvroPayloadReader avro)
    {
        if (data.IsEmpty)
        {
            throw new SerdeException($"Topic '{topic}': empty value (a tombstone must be null, not zero bytes).");
        }

        if (data[0] == 0)
        {
            return avro.Read(data, topic);
        }

        var start = data.StartsWith("\uFEFF"u8) ? 3 : 0;
        while (start < data.Length && data[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start < data.Length && data[start] == (byte)'{')
        {
            return JsonPayloadReader.Read(data[start..], topic);
        }

        throw new SerdeException(
            $"Topic '{topic}': neither Confluent Avro (magic byte 0) nor a JSON object; first byte is 0x{data[0]:X2}, {data.Length} bytes.");
    }
}
