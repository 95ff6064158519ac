using Avro;
using Avro.Specific;
using Confluent.SchemaRegistry;
using FinanceStreams.Contracts.Cdc.Reading;
using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Contracts.Cdc;

/// <summary>
/// Reads a generated record from whatever a Debezium deployment emits, decided per record:
/// Confluent Avro wire format (writer schema from the registry, fields matched by name) or
/// Debezium JSON with or without the <c>{"schema":..,"payload":..}</c> wrapper. Decimals may be
/// strings, numbers or (wrapped, Connect Decimal) base64; dates ISO or epoch days; timestamps
/// ISO-8601 or epoch milliseconds. Plain JSON is read in one pass (<see cref="DirectJsonReader"/>) when it can be.
/// Writes the Confluent Avro wire format.
/// Used for CDC keys, and by <see cref="DebeziumSerde{TRow,TEnvelope}"/> for values.
/// </summary>
/// <typeparam name="T">A record type generated from avro/.</typeparam>
public sealed class CdcRecordSerde<T> : ISerde<T>, IPrimedSerde
    where T : class, ISpecificRecord, new()
{
    private static readonly RecordSchema _schema = (RecordSchema)new T().Schema;
    private readonly AvroPayloadReader _avro;
    private readonly ConfluentAvroSerde<T> _writer;

    /// <summary>Creates the serde.</summary>
    public CdcRecordSerde(ISchemaRegistryClient registry, ContractSerdesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _avro = new AvroPayloadReader(registry);
        _writer = new ConfluentAvroSerde<T>(registry, (options ?? ContractSerdesOptions.Default).SerializerConfig());
    }

    /// <inheritdoc/>
    public byte[] Serialize(T value, SerdeContext context) => _writer.Serialize(value, context);

    /// <summary>Parses the type's schema and indexes its fields for the one-pass JSON reader.</summary>
    public void Prime(string topic, bool isKey) => RecordFields.Of(_schema);

    /// <inheritdoc/>
    public T Deserialize(ReadOnlySpan<byte> data, SerdeContext context)
    {
        if (DirectJsonReader.TryRead<T>(data, _schema, context.Topic, out var record))
        {
            return record;
        }

        var tree = PayloadFormat.Read(data, context.Topic, _avro);
        return SpecificRecordConverter.Convert<T>(tree, _schema, context.Topic);
    }
}
