using System.Collections.Concurrent;
using Avro;

namespace FinanceStreams.Contracts.Cdc.Reading;

/// <summary>The fields of a record schema by name and by alias, looked up from a span of a JSON property name without allocating.</summary>
internal sealed class RecordFields
{
    private static readonly ConcurrentDictionary<RecordSchema, RecordFields> _bySchema = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Field>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private RecordFields(RecordSchema schema)
    {
        Schema = schema;
        var byName = new Dictionary<string, Field>(StringComparer.Ordinal);
        foreach (var field in schema.Fields)
        {
            byName[field.Name] = field;
        }

        foreach (var field in schema.Fields)
        {
            foreach (var alias in field.Aliases ?? [])
            {
                byName.TryAdd(alias, field);
            }
        }

        _lookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The record schema.</summary>
    public RecordSchema Schema { get; }

    /// <summary>The fields of <paramref name="schema"/>, built once per schema instance.</summary>
    public static RecordFields Of(RecordSchema schema) => _bySchema.GetOrAdd(schema, s => new RecordFields(s));

    /// <summary>The field named (or aliased) <paramref name="name"/>, or null.</summary>
    public Field? Find(ReadOnlySpan<char> name) => _lookup.TryGetValue(name, out var field) ? field : null;
}
