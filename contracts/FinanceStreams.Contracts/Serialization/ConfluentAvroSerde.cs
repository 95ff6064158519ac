using System.Net;
using Avro.Specific;
using Confluent.Kafka;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;
using StreamKit.Serialization;

namespace FinanceStreams.Contracts.Serialization;

/// <summary>
/// Confluent wire format (magic byte, schema id, Avro body) for a generated record type, through
/// the schema registry. Wraps Confluent's <see cref="AvroSerializer{T}"/> and
/// <see cref="AvroDeserializer{T}"/>. Unreadable bytes or an unknown schema id throw
/// <see cref="SerdeException"/>; registry outages propagate unchanged (retriable).
/// </summary>
/// <typeparam name="T">A type generated from avro/.</typeparam>
public sealed class ConfluentAvroSerde<T> : ISerde<T>
    where T : class, ISpecificRecord
{
    private readonly AvroSerializer<T> _serializer;
    private readonly AvroDeserializer<T> _deserializer;

    /// <summary>Creates the serde.</summary>
    public ConfluentAvroSerde(ISchemaRegistryClient registry, AvroSerializerConfig? serializerConfig = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _serializer = new AvroSerializer<T>(registry, serializerConfig);
        _deserializer = new AvroDeserializer<T>(registry);
    }

    /// <inheritdoc/>
    public byte[] Serialize(T value, SerdeContext context)
    {
        ArgumentNullException.ThrowIfNull(value);
        try
        {
            return _serializer.SerializeAsync(value, Confluent(context)).ConfigureAwait(false).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (IsRecordError(ex))
        {
            throw new SerdeException($"Topic '{context.Topic}': cannot write {typeof(T).Name} ({ex.Message}).", ex);
        }
    }

    /// <inheritdoc/>
    public T Deserialize(ReadOnlySpan<byte> data, SerdeContext context)
    {
        try
        {
            return _deserializer.DeserializeAsync(data.ToArray(), isNull: false, Confluent(context)).ConfigureAwait(false).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (IsRecordError(ex))
        {
            throw new SerdeException($"Topic '{context.Topic}': cannot read {typeof(T).Name} from {data.Length} bytes ({ex.Message}).", ex);
        }
    }

    private static SerializationContext Confluent(SerdeContext context) =>
        new(context.IsKey ? MessageComponentType.Key : MessageComponentType.Value, context.Topic, context.Headers);

    private static bool IsRecordError(Exception ex) => ex switch
    {
        SchemaRegistryException registry => registry.Status is HttpStatusCode.NotFound or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity,
        HttpRequestException or TaskCanceledException => false,
        _ => true,
    };
}
