using System.Collections.Concurrent;
using System.Globalization;
using Avro;
using Avro.Specific;

namespace FinanceStreams.Contracts.Cdc.Reading;

/// <summary>
/// Builds a generated (specific) record from a <see cref="PayloadTree"/>, driven by the generated
/// type's own schema: fields are matched by name or alias, extra input fields are ignored, logical
/// types are read leniently (see <see cref="DecimalReader"/>, <see cref="TemporalReader"/>), and
/// anything missing or malformed is a <c>SerdeException</c> naming the field.
/// </summary>
internal static class SpecificRecordConverter
{
    // Avro's ObjectCreator looks a type up by name on every call (a quarter of the stream thread's allocations): look once.
    private static readonly ConcurrentDictionary<string, Func<ISpecificRecord>> Creators = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Type> EnumTypes = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<UnionSchema, Schema?> SingleBranches = new(ReferenceEqualityComparer.Instance);

    public static T Convert<T>(PayloadTree tree, RecordSchema schema, string topic)
        where T : class, ISpecificRecord =>
        (T)ConvertRecord(tree.Root, schema, string.Empty, new ConversionScope(topic, tree));

    private static ISpecificRecord ConvertRecord(IReadOnlyDictionary<string, object?> input, RecordSchema schema, string prefix, ConversionScope scope)
    {
        var record = NewRecord(schema);
        foreach (var field in schema.Fields)
        {
            var path = prefix.Length == 0 ? field.Name : prefix + "." + field.Name;
            if (!TryGetField(input, field, out var raw))
            {
                if (!IsNullable(field.Schema))
                {
                    throw scope.Error(path, $"required field of {schema.Name}", null);
                }

                raw = null;
            }

            record.Put(field.Pos, ConvertValue(raw, field.Schema, path, scope));
        }

        return record;
    }

    /// <summary>A new, empty instance of the generated type of <paramref name="schema"/>.</summary>
    public static ISpecificRecord NewRecord(RecordSchema schema) => Creators.GetOrAdd(schema.Fullname, CreatorOf)();

    /// <summary>The value of a field of <paramref name="schema"/> from a leaf of the tree (string, number, bool, null, ...).</summary>
    public static object? ConvertValue(object? value, Schema schema, string path, ConversionScope scope)
    {
        switch (schema)
        {
            case UnionSchema union:
                if (value is null)
                {
                    return IsNullable(union) ? null : throw scope.Error(path, "a non-null value", null);
                }

                return NonNullBranch(union) is { } branch
                    ? ConvertValue(value, branch, path, scope)
                    : throw scope.Error(path, "a union with one non-null branch (unsupported schema)", value);
            case RecordSchema record:
                return value is IReadOnlyDictionary<string, object?> nested
                    ? ConvertRecord(nested, record, path, scope)
                    : throw scope.Error(path, $"an object ({record.Name})", value);
            case EnumSchema enumSchema:
                return ConvertEnum(value, enumSchema, path, scope);
            case LogicalSchema logical:
                return logical.LogicalTypeName switch
                {
                    "decimal" => DecimalReader.Read(value, Property(logical, "precision"), Property(logical, "scale"), path, scope),
                    "date" => TemporalReader.ReadDate(value, path, scope),
                    "timestamp-millis" => TemporalReader.ReadTimestamp(value, path, scope),
                    _ => throw scope.Error(path, $"a supported logical type (not {logical.LogicalTypeName})", value),
                };
            default:
                return ConvertPrimitive(value, schema, path, scope);
        }
    }

    private static object ConvertPrimitive(object? value, Schema schema, string path, ConversionScope scope) => (schema.Tag, value) switch
    {
        (Schema.Type.String, string s) => s,
        (Schema.Type.String, JsonNumber n) when !n.Raw.Contains('.', StringComparison.Ordinal) => n.Raw,
        (Schema.Type.String, int or long) => System.Convert.ToString(value, CultureInfo.InvariantCulture)!,
        (Schema.Type.Int, int i) => i,
        (Schema.Type.Int, JsonNumber n) when int.TryParse(n.Raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) => i,
        (Schema.Type.Long, long l) => l,
        (Schema.Type.Long, int i) => (long)i,
        (Schema.Type.Long, JsonNumber n) when long.TryParse(n.Raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
        (Schema.Type.Boolean, bool b) => b,
        (Schema.Type.Bytes, byte[] bytes) => bytes,
        (Schema.Type.Bytes, string s) => FromBase64(s, path, scope),
        _ => throw scope.Error(path, Expected(schema.Tag), value),
    };

    private static object ConvertEnum(object? value, EnumSchema schema, string path, ConversionScope scope)
    {
        if (value is not string symbol || !schema.Contains(symbol))
        {
            throw scope.Error(path, $"one of {string.Join(", ", schema.Symbols)}", value);
        }

        var type = EnumTypes.GetOrAdd(schema.Fullname, name => GeneratedType(name, Schema.Type.Enumeration));
        return Enum.ToObject(type, schema.Ordinal(symbol));
    }

    private static bool TryGetField(IReadOnlyDictionary<string, object?> input, Field field, out object? value)
    {
        if (input.TryGetValue(field.Name, out value))
        {
            return true;
        }

        foreach (var alias in field.Aliases ?? [])
        {
            if (input.TryGetValue(alias, out value))
            {
                return true;
            }
        }

        return false;
    }

    private static Func<ISpecificRecord> CreatorOf(string fullName)
    {
        var type = GeneratedType(fullName, Schema.Type.Record);
        return () => (ISpecificRecord)Activator.CreateInstance(type)!;
    }

    /// <summary>
    /// The generated type of a schema name: looked up in this assembly first, where the contracts are generated;
    /// Avro's own lookup scans every type of every loaded assembly (~0.4 s at a topology's first records).
    /// </summary>
    private static Type GeneratedType(string fullName, Schema.Type tag) =>
        typeof(SpecificRecordConverter).Assembly.GetType(fullName) ?? ObjectCreator.Instance.GetType(fullName, tag);

    /// <summary>The one non-null branch of a union, or null when it has none or several.</summary>
    public static Schema? NonNullBranch(UnionSchema union) => SingleBranches.GetOrAdd(union, SingleBranch);

    private static Schema? SingleBranch(UnionSchema union)
    {
        var branches = union.Schemas.Where(s => s.Tag != Schema.Type.Null).ToList();
        return branches.Count == 1 ? branches[0] : null;
    }

    /// <summary>True for a union with a null branch.</summary>
    public static bool IsNullable(Schema schema) => schema is UnionSchema union && union.Schemas.Any(s => s.Tag == Schema.Type.Null);

    private static int Property(LogicalSchema schema, string name) =>
        int.Parse(schema.GetProperty(name) ?? "0", CultureInfo.InvariantCulture);

    private static byte[] FromBase64(string text, string path, ConversionScope scope)
    {
        try
        {
            return System.Convert.FromBase64String(text);
        }
        catch (FormatException ex)
        {
            throw scope.Error(path, "base64 bytes", text, ex);
        }
    }

    private static string Expected(Schema.Type tag) => tag switch
    {
        Schema.Type.String => "a string",
        Schema.Type.Int => "a 32-bit integer",
        Schema.Type.Long => "a 64-bit integer",
        Schema.Type.Boolean => "true or false",
        Schema.Type.Bytes => "bytes (base64 in JSON)",
        _ => $"a supported type (not {tag})",
    };
}
