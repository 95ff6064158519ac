using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using Avro.IO;
using Avro.Specific;
using Confluent.Kafka;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;

namespace FinanceStreams.Contracts.Serialization;

/// <summary>
/// Confluent wire format (magic byte, schema id, Avro body) for a generated record type, through
/// the schema registry. Wraps Confluent's <see cref="AvroSerializer{T}"/> and
/// <see cref="AvroDeserializer{T}"/>. Unreadable bytes or an unknown schema id throw
/// <see cref="SerdeException"/>; registry outages propagate unchanged (retriable).
/// </summary>
/// <remarks>
/// The first record of a topic's key or value goes through Confluent's serializer, which registers or looks
/// up the schema; the id it wrote is kept, and later records of the type's own schema are written with it
/// directly, synchronously (Confluent's asynchronous path, waited on per record, took a quarter of a stream
/// thread). With <see cref="AvroSerializerConfig.UseLatestVersion"/> every record goes through Confluent's.
/// </remarks>
/// <typeparam name="T">A type generated from avro/.</typeparam>
public sealed class ConfluentAvroSerde<T> : ISerde<T>, IPrimedSerde
    where T : class, ISpecificRecord
{
    private const byte MagicByte = 0;
    private readonly AvroSerializer<T> _serializer;
    private readonly AvroDeserializer<T> _deserializer;
    private readonly bool _ownSchema;
    private readonly ConcurrentDictionary<(string Topic, bool IsKey), int> _schemaIds = new();
    private SpecificDatumWriter<T>? _writer;

    /// <summary>Creates the serde.</summary>
    public ConfluentAvroSerde(ISchemaRegistryClient registry, AvroSerializerConfig? serializerConfig = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _serializer = new AvroSerializer<T>(registry, serializerConfig);
        _deserializer = new AvroDeserializer<T>(registry);
        _ownSchema = serializerConfig?.UseLatestVersion != true;
    }

    /// <inheritdoc/>
    public byte[] Serialize(T value, SerdeContext context)
    {
        ArgumentNullException.ThrowIfNull(value);
        try
        {
            if (_ownSchema && _schemaIds.TryGetValue((context.Topic, context.IsKey), out var id))
            {
                return Write(id, value);
            }

            var bytes = _serializer.SerializeAsync(value, Confluent(context)).ConfigureAwait(false).GetAwaiter().GetResult();
            _schemaIds.TryAdd((context.Topic, context.IsKey), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(1, 4)));
            return bytes;
        }
        catch (Exception ex) when (IsRecordError(ex))
        {
            throw new SerdeException($"Topic '{context.Topic}': cannot write {typeof(T).Name} ({ex.Message}).", ex);
        }
    }

    /// <summary>
    /// Writes a sample record twice, as the first two records would be written: through Confluent's serializer (which
    /// registers or looks up the schema and finds the generated types), then with the id it wrote.
    /// </summary>
    public void Prime(string topic, bool isKey)
    {
        var context = new SerdeContext(topic, isKey);
        var sample = SampleRecords.Of<T>();
        Serialize(sample, context);
        Serialize(sample, context);
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

    private byte[] Write(int schemaId, T value)
    {
        var writer = _writer ??= new SpecificDatumWriter<T>(value.Schema);
        using var stream = new MemoryStream(256);
        Span<byte> header = stackalloc byte[5];
        header[0] = MagicByte;
        BinaryPrimitives.WriteInt32BigEndian(header[1..], schemaId);
        stream.Write(header);
        writer.Write(value, new BinaryEncoder(stream));
        return stream.ToArray();
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
