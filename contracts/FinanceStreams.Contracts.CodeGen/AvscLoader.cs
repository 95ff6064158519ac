using Avro;

namespace FinanceStreams.Contracts.CodeGen;

/// <summary>
/// Loads every .avsc below a directory, resolving named types defined in other files: files are
/// parsed repeatedly against the names parsed so far until all parse or no progress is made.
/// </summary>
public static class AvscLoader
{
    /// <summary>Loads and checks every schema; file path must equal namespace and name.</summary>
    public static IReadOnlyList<LoadedSchema> Load(string avroDirectory)
    {
        var root = Path.GetFullPath(avroDirectory);
        var pending = Directory.GetFiles(root, "*.avsc", SearchOption.AllDirectories)
            .Select(path => (Path: Relative(root, path), Json: File.ReadAllText(path)))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
        var names = new SchemaNames();
        var loaded = new List<LoadedSchema>();
        while (pending.Count > 0)
        {
            var errors = new List<string>();
            var before = pending.Count;
            foreach (var file in pending.ToList())
            {
                var trial = Copy(names);
                try
                {
                    var schema = Schema.Parse(file.Json, trial, null) as NamedSchema
                        ?? throw new SchemaParseException($"{file.Path}: top-level schema must be a named record or enum.");
                    CheckPath(file.Path, schema);
                    if (!trial.Contains(schema.SchemaName))
                    {
                        trial.Add(schema);
                    }

                    names = trial;
                    loaded.Add(new LoadedSchema(file.Path, schema));
                    pending.Remove(file);
                }
                catch (SchemaParseException ex)
                {
                    errors.Add($"{file.Path}: {ex.Message}");
                }
            }

            if (pending.Count == before)
            {
                throw new SchemaParseException("Cannot parse: " + string.Join(Environment.NewLine, errors));
            }
        }

        return loaded.OrderBy(schema => schema.RelativePath, StringComparer.Ordinal).ToList();
    }

    private static SchemaNames Copy(SchemaNames names)
    {
        var copy = new SchemaNames();
        foreach (var entry in names.Names)
        {
            copy.Add(entry.Key, entry.Value);
        }

        return copy;
    }

    private static void CheckPath(string relativePath, NamedSchema schema)
    {
        var expected = schema.Fullname.Replace('.', '/') + ".avsc";
        if (!string.Equals(relativePath, expected, StringComparison.Ordinal))
        {
            throw new SchemaParseException($"{relativePath}: defines '{schema.Fullname}', so it must be at {expected}.");
        }
    }

    private static string Relative(string root, string path) =>
        Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
}
