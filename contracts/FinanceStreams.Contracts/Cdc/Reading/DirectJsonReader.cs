using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using Avro;
using Avro.Specific;

namespace FinanceStreams.Contracts.Cdc.Reading;

/// <summary>
/// Reads Debezium JSON without the schema/payload wrapper straight into a generated record, in one pass over
/// the bytes: no JSON document, no intermediate tree. Every leaf is converted by
/// <see cref="SpecificRecordConverter.ConvertValue"/>, exactly as the general path converts it. What this reader
/// does not take on (Avro, the wrapper, arrays, a field given twice or by name and alias, a missing required
/// field, an unreadable value, invalid JSON) makes it return false; the caller then reads the record the general
/// way (<see cref="PayloadFormat"/>, <see cref="SpecificRecordConverter"/>), which also words the error.
/// </summary>
internal static class DirectJsonReader
{
    private const int MaxFields = 64;
    private const int MaxNameLength = 128;
    private static readonly PayloadTree _direct = new(new Dictionary<string, object?>(), "JSON", new Dictionary<string, int>());
    private static readonly JsonReaderOptions _options = new() { CommentHandling = JsonCommentHandling.Skip };

    public static bool TryRead<T>(ReadOnlySpan<byte> data, RecordSchema schema, string topic, [NotNullWhen(true)] out T? record)
        where T : class, ISpecificRecord
    {
        record = null;
        if (data.IsEmpty || data[0] != (byte)'{')
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(data, _options);
            reader.Read();
            var scope = new ConversionScope(topic, _direct);
            if (ReadRecord(ref reader, RecordFields.Of(schema), topLevel: true, scope) is not T read || reader.Read())
            {
                return false;
            }

            record = read;
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return false;
        }
    }

    /// <summary>Reads the object the reader stands at the start of, or null to give up.</summary>
    private static ISpecificRecord? ReadRecord(ref Utf8JsonReader reader, RecordFields fields, bool topLevel, ConversionScope scope)
    {
        var schema = fields.Schema;
        if (schema.Count > MaxFields)
        {
            return null;
        }

        var record = SpecificRecordConverter.NewRecord(schema);
        var seen = 0UL;
        Span<char> name = stackalloc char[MaxNameLength];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped || reader.ValueSpan.Length > MaxNameLength)
            {
                return null;
            }

            var length = Encoding.UTF8.GetChars(reader.ValueSpan, name);
            var field = fields.Find(name[..length]);
            if (topLevel && field is null && (name[..length] is "payload" or "schema"))
            {
                return null;
            }

            reader.Read();
            if (field is null)
            {
                reader.Skip();
                continue;
            }

            var bit = 1UL << field.Pos;
            if ((seen & bit) != 0 || !TryReadValue(ref reader, field.Schema, field.Name, scope, out var value))
            {
                return null;
            }

            seen |= bit;
            record.Put(field.Pos, value);
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            return null;
        }

        foreach (var field in schema.Fields)
        {
            if ((seen & (1UL << field.Pos)) == 0)
            {
                if (!SpecificRecordConverter.IsNullable(field.Schema))
                {
                    return null;
                }

                record.Put(field.Pos, null);
            }
        }

        return record;
    }

    private static bool TryReadValue(ref Utf8JsonReader reader, Schema schema, string path, ConversionScope scope, out object? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var nested = schema is UnionSchema union ? SpecificRecordConverter.NonNullBranch(union) : schema;
                if (nested is not RecordSchema recordSchema)
                {
                    return false;
                }

                value = ReadRecord(ref reader, RecordFields.Of(recordSchema), topLevel: false, scope);
                return value is not null;
            case JsonTokenType.String:
                value = SpecificRecordConverter.ConvertValue(reader.GetString(), schema, path, scope);
                return true;
            case JsonTokenType.Number:
                value = SpecificRecordConverter.ConvertValue(new JsonNumber(Encoding.UTF8.GetString(reader.ValueSpan)), schema, path, scope);
                return true;
            case JsonTokenType.True or JsonTokenType.False:
                value = SpecificRecordConverter.ConvertValue(reader.GetBoolean(), schema, path, scope);
                return true;
            case JsonTokenType.Null:
                value = SpecificRecordConverter.ConvertValue(null, schema, path, scope);
                return true;
            default:
                return false;
        }
    }
}
