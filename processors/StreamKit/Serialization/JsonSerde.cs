using System.Text.Json;

namespace StreamKit.Serialization;

/// <summary>
/// JSON through System.Text.Json. Decimals are written with all their digits and scale
/// (<c>1.10</c> stays <c>1.10</c>) and read back exactly; never through double.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class JsonSerde<T> : ISerde<T>
{
    private readonly JsonSerializerOptions _options;

    public JsonSerde(JsonSerializerOptions options)
    {
        _options = options;
    }

    public byte[] Serialize(T value, SerdeContext context)
    {
        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(value, _options);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            throw SerdeErrors.CannotWrite(context, $"JSON {typeof(T).Name}", e.Message, e);
        }
    }

    public T Deserialize(ReadOnlySpan<byte> data, SerdeContext context)
    {
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(data, _options);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            throw SerdeErrors.CannotRead(context, $"JSON {typeof(T).Name}", e.Message, e);
        }

        return value ?? throw SerdeErrors.CannotRead(context, $"JSON {typeof(T).Name}", "the JSON is null; a missing value is a null record, not JSON null.");
    }
}
