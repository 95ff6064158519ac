using System.Text.Json;
using Confluent.Kafka;

namespace StreamKit.Serialization;

/// <summary>The built-in serdes. Each is stateless and thread-safe; the properties return shared instances.</summary>
public static class Serdes
{
    private static readonly JsonSerializerOptions WebOptions = new(JsonSerializerDefaults.Web);

    /// <summary>UTF-8 text, as Kafka's <c>Serdes.String()</c>. Invalid UTF-8 throws <see cref="SerdeException"/>.</summary>
    public static ISerde<string> String { get; } = new StringSerde();

    /// <summary>4-byte big-endian ints, as Kafka's <c>Serdes.Integer()</c>.</summary>
    public static ISerde<int> Int32 { get; } = new Int32Serde();

    /// <summary>8-byte big-endian longs, as Kafka's <c>Serdes.Long()</c>.</summary>
    public static ISerde<long> Int64 { get; } = new Int64Serde();

    /// <summary>Raw bytes, as Kafka's <c>Serdes.ByteArray()</c>.</summary>
    public static ISerde<byte[]> ByteArray { get; } = new ByteArraySerde();

    /// <summary>Guids as 36-character UTF-8 text, as Kafka's <c>Serdes.UUID()</c>.</summary>
    public static ISerde<Guid> Guid { get; } = new GuidSerde();

    /// <summary>
    /// JSON via System.Text.Json. Without <paramref name="options"/>, web defaults (camelCase names,
    /// case-insensitive reads, numbers also read from strings). Decimals keep all digits and their scale.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="options">Serializer options; not modified, and must not be modified after this call.</param>
    public static ISerde<T> Json<T>(JsonSerializerOptions? options = null) => new JsonSerde<T>(options ?? WebOptions);

    /// <summary>Adapts Confluent.Kafka synchronous serializers; their exceptions become <see cref="SerdeException"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="serializer">Writes values.</param>
    /// <param name="deserializer">Reads values; never called for null data.</param>
    public static ISerde<T> From<T>(ISerializer<T> serializer, IDeserializer<T> deserializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        ArgumentNullException.ThrowIfNull(deserializer);
        return new ConfluentSerdeAdapter<T>(serializer, deserializer);
    }
}
