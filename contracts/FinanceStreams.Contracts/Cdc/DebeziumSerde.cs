using Avro;
using Avro.Specific;
using Confluent.SchemaRegistry;
using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Contracts.Cdc;

/// <summary>
/// Reads and writes <see cref="DebeziumEnvelope{TRow}"/> values of a CDC topic. Reading accepts, per
/// record, the Confluent Avro wire format or Debezium JSON (see <see cref="CdcRecordSerde{T}"/>) and
/// checks the envelope: a known <c>op</c>, <c>after</c> present for c/u/r and absent for d.
/// Writing uses the Confluent Avro wire format with the generated envelope schema.
/// </summary>
/// <typeparam name="TRow">The generated row type.</typeparam>
/// <typeparam name="TEnvelope">The generated envelope type of the same table.</typeparam>
public sealed class DebeziumSerde<TRow, TEnvelope> : ISerde<DebeziumEnvelope<TRow>>, IPrimedSerde
    where TRow : class, ISpecificRecord
    where TEnvelope : class, ISpecificRecord, new()
{
    private static readonly EnvelopeLayout _layout = EnvelopeLayout.Of((RecordSchema)new TEnvelope().Schema, typeof(TRow));
    private readonly CdcRecordSerde<TEnvelope> _inner;

    /// <summary>Creates the serde.</summary>
    public DebeziumSerde(ISchemaRegistryClient registry, ContractSerdesOptions? options = null)
    {
        _inner = new CdcRecordSerde<TEnvelope>(registry, options);
    }

    /// <inheritdoc/>
    public byte[] Serialize(DebeziumEnvelope<TRow> value, SerdeContext context)
    {
        ArgumentNullException.ThrowIfNull(value);
        var envelope = new TEnvelope();
        envelope.Put(_layout.Before, value.Before);
        envelope.Put(_layout.After, value.After);
        envelope.Put(_layout.Source, value.Source);
        envelope.Put(_layout.Op, value.Op.ToCode());
        envelope.Put(_layout.TsMs, value.TsMs);
        return _inner.Serialize(envelope, context);
    }

    /// <summary>Parses the envelope's schema and indexes its fields (<see cref="CdcRecordSerde{T}.Prime"/>).</summary>
    public void Prime(string topic, bool isKey) => _inner.Prime(topic, isKey);

    /// <inheritdoc/>
    public DebeziumEnvelope<TRow> Deserialize(ReadOnlySpan<byte> data, SerdeContext context)
    {
        var envelope = _inner.Deserialize(data, context);
        var code = (string)envelope.Get(_layout.Op);
        var op = DebeziumOps.Parse(code)
            ?? throw new SerdeException($"Topic '{context.Topic}': field 'op': expected one of c, u, d, r, t, found \"{code}\".");
        var after = (TRow?)envelope.Get(_layout.After);
        if (after is null && op is DebeziumOp.Create or DebeziumOp.Update or DebeziumOp.Read)
        {
            throw new SerdeException($"Topic '{context.Topic}': field 'after': op '{code}' needs the new row, found null.");
        }

        if (after is not null && op is DebeziumOp.Delete)
        {
            throw new SerdeException($"Topic '{context.Topic}': field 'after': op 'd' must have after = null, found a row.");
        }

        return new DebeziumEnvelope<TRow>(
            (TRow?)envelope.Get(_layout.Before),
            after,
            (finance.cdc.Source)envelope.Get(_layout.Source),
            op,
            (long)envelope.Get(_layout.TsMs));
    }
}
