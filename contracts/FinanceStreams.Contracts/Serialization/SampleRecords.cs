using Avro;
using Avro.Specific;
using FinanceStreams.Contracts.Cdc.Reading;

namespace FinanceStreams.Contracts.Serialization;

/// <summary>
/// A valid instance of a generated type, every field set (null where nullable, the first symbol of an enum, zero, empty),
/// to write once through a serde before its first real record (<see cref="IPrimedSerde"/>). Never published.
/// </summary>
internal static class SampleRecords
{
    private static readonly ConversionScope _scope = new("sample", new PayloadTree(new Dictionary<string, object?>(), "sample", new Dictionary<string, int>()));

    public static T Of<T>()
        where T : class, ISpecificRecord =>
        (T)Record((RecordSchema)((ISpecificRecord)Activator.CreateInstance(typeof(T))!).Schema);

    private static ISpecificRecord Record(RecordSchema schema)
    {
        var record = SpecificRecordConverter.NewRecord(schema);
        foreach (var field in schema.Fields)
        {
            record.Put(field.Pos, Value(field.Schema, record.GetType().GetProperty(field.Name)?.PropertyType));
        }

        return record;
    }

    private static object? Value(Schema schema, Type? declared) => schema switch
    {
        UnionSchema union when SpecificRecordConverter.IsNullable(union) => null,
        UnionSchema union => Value(union.Schemas[0], declared),
        RecordSchema record => Record(record),
        EnumSchema enumSchema => Leaf(enumSchema.Symbols[0], enumSchema),
        LogicalSchema { LogicalTypeName: "decimal" } logical => Leaf("0", logical),
        LogicalSchema { LogicalTypeName: "date" } logical => Leaf("2026-01-01", logical),
        LogicalSchema logical => Leaf("2026-01-01T00:00:00Z", logical),
        ArraySchema or MapSchema => Activator.CreateInstance(Collection(declared, schema)),
        _ => schema.Tag switch
        {
            Schema.Type.String => string.Empty,
            Schema.Type.Int => 0,
            Schema.Type.Long => 0L,
            Schema.Type.Boolean => false,
            Schema.Type.Double => 0d,
            Schema.Type.Float => 0f,
            Schema.Type.Bytes => Array.Empty<byte>(),
            _ => null,
        },
    };

    private static object? Leaf(object text, Schema schema) => SpecificRecordConverter.ConvertValue(text, schema, "sample", _scope);

    /// <summary>A concrete list or dictionary for a field declared as IList&lt;T&gt; or IDictionary&lt;string, T&gt;.</summary>
    private static Type Collection(Type? declared, Schema schema) => declared switch
    {
        { IsGenericType: true } when declared.GetGenericTypeDefinition() == typeof(IList<>) => typeof(List<>).MakeGenericType(declared.GetGenericArguments()),
        { IsGenericType: true } when declared.GetGenericTypeDefinition() == typeof(IDictionary<,>) => typeof(Dictionary<,>).MakeGenericType(declared.GetGenericArguments()),
        { IsAbstract: false, IsInterface: false } concrete => concrete,
        _ => throw new NotSupportedException($"No sample for a field of schema {schema.Tag} declared as {declared?.Name ?? "unknown"}."),
    };
}
