using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using Avro;
using Avro.Generic;
using Avro.IO;
using Confluent.SchemaRegistry;
using Schema = Avro.Schema;
using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Contracts.Cdc.Reading;

/// <summary>
/// Reads the Confluent wire format (magic byte 0, 4-byte big-endian schema id, Avro body) with the
/// writer schema from the registry, into a <see cref="PayloadTree"/>. Writer schemas are cached by id.
/// Registry outages are not the record's fault and propagate unchanged (retriable), while an
/// unknown id or an unreadable body is a <see cref="SerdeException"/>.
/// </summary>
internal sealed class AvroPayloadReader(ISchemaRegistryClient registry)
{
    private static readonly IReadOnlyDictionary<string, int> _noScales = new Dictionary<string, int>();
    private readonly ConcurrentDictionary<int, Schema> _writerSchemas = new();

    public const int HeaderLength = 5;

    public PayloadTree Read(ReadOnlySpan<byte> data, string topic)
    {
        if (data.Length < HeaderLength || data[0] != 0)
        {
            throw new SerdeException($"Topic '{topic}': not the Confluent Avro wire format (need magic byte 0 and a 4-byte schema id, found {data.Length} bytes).");
        }

        var id = BinaryPrimitives.ReadInt32BigEndian(data[1..HeaderLength]);
        var writer = WriterSchema(id, topic);
        object? value;
        var body = data[HeaderLength..].ToArray();
        using var stream = new MemoryStream(body);
        try
        {
            value = new GenericDatumReader<object>(writer, writer).Read(null!, new BinaryDecoder(stream));
        }
        catch (Exception ex) when (ex is AvroException or EndOfStreamException or IOException or InvalidCastException or ArgumentException or OverflowException)
        {
            throw new SerdeException($"Topic '{topic}': Avro body does not match writer schema id {id} ({ex.Message}).", ex);
        }

        if (stream.Position != body.Length)
        {
            throw new SerdeException($"Topic '{topic}': {body.Length - stream.Position} trailing bytes after the Avro body of schema id {id}.");
        }

        if (Normalize(value) is not IReadOnlyDictionary<string, object?> root)
        {
            throw new SerdeException($"Topic '{topic}': writer schema id {id} is a {writer.Tag}, expected a record.");
        }

        return new PayloadTree(root, $"Avro (schema id {id})", _noScales);
    }

    private Schema WriterSchema(int id, string topic)
    {
        if (_writerSchemas.TryGetValue(id, out var cached))
        {
            return cached;
        }

        Confluent.SchemaRegistry.Schema registered;
        try
        {
            registered = registry.GetSchemaAsync(id).ConfigureAwait(false).GetAwaiter().GetResult();
        }
        catch (SchemaRegistryException ex) when (ex.Status == HttpStatusCode.NotFound)
        {
            throw new SerdeException($"Topic '{topic}': unknown schema id {id} (not in the schema registry).", ex);
        }

        if (registered.SchemaType != SchemaType.Avro)
        {
            throw new SerdeException($"Topic '{topic}': schema id {id} is {registered.SchemaType}, expected Avro.");
        }

        if (registered.References is { Count: > 0 })
        {
            throw new SerdeException($"Topic '{topic}': schema id {id} uses schema references, which this reader does not resolve.");
        }

        try
        {
            return _writerSchemas.GetOrAdd(id, Schema.Parse(registered.SchemaString));
        }
        catch (SchemaParseException ex)
        {
            throw new SerdeException($"Topic '{topic}': schema id {id} is not a valid Avro schema ({ex.Message}).", ex);
        }
    }

    private static object? Normalize(object? value) => value switch
    {
        GenericRecord record => record.Schema.Fields.ToDictionary(f => f.Name, f => Normalize(record.GetValue(f.Pos)), StringComparer.Ordinal),
        GenericEnum symbol => symbol.Value,
        GenericFixed fixedValue => fixedValue.Value,
        object[] items => items.Select(Normalize).ToList(),
        IDictionary<string, object> map => map.ToDictionary(e => e.Key, e => Normalize(e.Value), StringComparer.Ordinal),
        _ => value,
    };
}
