using Avro;

namespace FinanceStreams.Contracts.Cdc;

/// <summary>Field positions of a generated Debezium envelope, checked against the row type.</summary>
internal sealed record EnvelopeLayout(int Before, int After, int Source, int Op, int TsMs)
{
    public static EnvelopeLayout Of(RecordSchema envelope, Type rowType)
    {
        var before = Position(envelope, "before");
        var after = Position(envelope, "after");
        foreach (var field in new[] { envelope.Fields[before], envelope.Fields[after] })
        {
            var row = field.Schema is UnionSchema union ? union.Schemas.FirstOrDefault(s => s.Tag == Schema.Type.Record) : null;
            if (row is not RecordSchema record || record.Fullname != rowType.FullName)
            {
                throw new ArgumentException($"Envelope {envelope.Fullname}: field '{field.Name}' must be a nullable {rowType.FullName}.");
            }
        }

        return new EnvelopeLayout(before, after, Position(envelope, "source"), Position(envelope, "op"), Position(envelope, "ts_ms"));
    }

    private static int Position(RecordSchema envelope, string name) =>
        envelope.TryGetField(name, out var field)
            ? field.Pos
            : throw new ArgumentException($"Envelope {envelope.Fullname} has no field '{name}'.");
}
