using Avro;

namespace FinanceStreams.SchemaRegistry.Compatibility;

/// <summary>
/// Avro schema resolution: can data written with one schema be read with another? Returns every
/// reason it cannot, each naming the field path and the rule; none means compatible.
/// </summary>
public static class AvroCompatibility
{
    /// <summary>Why <paramref name="reader"/> cannot read data written with <paramref name="writer"/> (empty: it can).</summary>
    public static IReadOnlyList<string> ReaderCanRead(Schema reader, Schema writer)
    {
        var problems = new List<string>();
        Check(reader, writer, "", problems, []);
        return problems;
    }

    private static void Check(Schema reader, Schema writer, string path, List<string> problems, HashSet<(string, string)> seen)
    {
        if (writer is UnionSchema writerUnion && reader is not UnionSchema)
        {
            foreach (var branch in writerUnion.Schemas)
            {
                Check(reader, branch, path, problems, seen);
            }

            return;
        }

        switch (reader)
        {
            case UnionSchema readerUnion:
                CheckUnion(readerUnion, writer, path, problems, seen);
                return;
            case LogicalSchema readerLogical:
                CheckLogical(readerLogical, writer, path, problems, seen);
                return;
        }

        if (writer is LogicalSchema writerLogical)
        {
            Check(reader, writerLogical.BaseSchema, path, problems, seen);
            return;
        }

        if (reader.Tag == writer.Tag && reader is PrimitiveSchema)
        {
            return;
        }

        if (Promotions.Allows(writer.Tag, reader.Tag))
        {
            return;
        }

        switch (reader, writer)
        {
            case (RecordSchema r, RecordSchema w):
                CheckRecord(r, w, path, problems, seen);
                break;
            case (EnumSchema r, EnumSchema w):
                CheckName(r, w, path, problems);
                foreach (var symbol in w.Symbols.Where(s => !r.Symbols.Contains(s) && r.Default is null))
                {
                    problems.Add($"{Where(path)}: writer enum symbol '{symbol}' is missing from reader enum '{r.Fullname}', which has no default");
                }

                break;
            case (ArraySchema r, ArraySchema w):
                Check(r.ItemSchema, w.ItemSchema, path + "[]", problems, seen);
                break;
            case (MapSchema r, MapSchema w):
                Check(r.ValueSchema, w.ValueSchema, path + "{}", problems, seen);
                break;
            case (FixedSchema r, FixedSchema w):
                CheckName(r, w, path, problems);
                if (r.Size != w.Size)
                {
                    problems.Add($"{Where(path)}: fixed '{r.Fullname}' has size {r.Size} in the reader but {w.Size} in the writer");
                }

                break;
            default:
                problems.Add($"{Where(path)}: reader type {Describe(reader)} cannot read writer type {Describe(writer)}");
                break;
        }
    }

    private static void CheckRecord(RecordSchema reader, RecordSchema writer, string path, List<string> problems, HashSet<(string, string)> seen)
    {
        CheckName(reader, writer, path, problems);
        if (!seen.Add((reader.Fullname, writer.Fullname)))
        {
            return; // recursive type already being compared
        }

        foreach (var field in reader.Fields)
        {
            var written = writer.Fields.FirstOrDefault(f => f.Name == field.Name || (field.Aliases?.Contains(f.Name) ?? false));
            var fieldPath = path.Length == 0 ? field.Name : $"{path}.{field.Name}";
            if (written is not null)
            {
                Check(field.Schema, written.Schema, fieldPath, problems, seen);
            }
            else if (field.DefaultValue is null)
            {
                problems.Add($"reader field '{fieldPath}' of '{reader.Fullname}' has no default and is missing from the writer");
            }
        }
    }

    private static void CheckUnion(UnionSchema reader, Schema writer, string path, List<string> problems, HashSet<(string, string)> seen)
    {
        var writerBranches = writer is UnionSchema union ? union.Schemas : [writer];
        foreach (var branch in writerBranches)
        {
            if (!reader.Schemas.Any(r => ReaderCanReadQuietly(r, branch, seen)))
            {
                problems.Add($"{Where(path)}: writer type {Describe(branch)} matches no branch of the reader union {Describe(reader)}");
            }
        }
    }

    private static void CheckLogical(LogicalSchema reader, Schema writer, string path, List<string> problems, HashSet<(string, string)> seen)
    {
        if (reader.LogicalTypeName == "decimal")
        {
            if (writer is not LogicalSchema { LogicalTypeName: "decimal" } written
                || reader.GetProperty("precision") != written.GetProperty("precision")
                || reader.GetProperty("scale") != written.GetProperty("scale"))
            {
                problems.Add($"{Where(path)}: decimal {Describe(reader)} must have the writer's precision and scale, writer has {Describe(writer)}");
            }

            return;
        }

        Check(reader.BaseSchema, writer is LogicalSchema w ? w.BaseSchema : writer, path, problems, seen);
    }

    private static bool ReaderCanReadQuietly(Schema reader, Schema writer, HashSet<(string, string)> seen)
    {
        var problems = new List<string>();
        Check(reader, writer, "", problems, [.. seen]);
        return problems.Count == 0;
    }

    private static void CheckName(NamedSchema reader, NamedSchema writer, string path, List<string> problems)
    {
        if (reader.Fullname != writer.Fullname)
        {
            problems.Add($"{Where(path)}: reader type '{reader.Fullname}' has another name than writer type '{writer.Fullname}'");
        }
    }

    private static string Where(string path) => path.Length == 0 ? "the schema" : $"field '{path}'";

    private static string Describe(Schema schema) => schema switch
    {
        LogicalSchema l when l.LogicalTypeName == "decimal" => $"decimal({l.GetProperty("precision")},{l.GetProperty("scale")})",
        LogicalSchema l => l.LogicalTypeName,
        NamedSchema n => $"'{n.Fullname}'",
        UnionSchema u => $"[{string.Join(", ", u.Schemas.Select(Describe))}]",
        _ => schema.Tag.ToString().ToLowerInvariant(),
    };
}
