using System.Text.Json;

namespace FinanceStreams.Host.Schemas;

/// <summary>
/// <c>avro/schemas.lock.json</c>: the schemas as last accepted, committed with the code. A change to a
/// schema must be compatible with its locked version; <c>finance-streams schemas lock</c> accepts it.
/// </summary>
internal static class SchemaLock
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyDictionary<string, string> Read(string path) =>
        File.Exists(path)
            ? JsonSerializer.Deserialize<SortedDictionary<string, string>>(File.ReadAllText(path)) ?? throw new InvalidDataException($"'{path}' is empty.")
            : throw new FileNotFoundException($"No schema lock at '{path}'; create it with 'finance-streams schemas lock'.", path);

    public static void Write(string path, IReadOnlyDictionary<string, Avro.Schema> schemas) =>
        File.WriteAllText(path, JsonSerializer.Serialize(new SortedDictionary<string, string>(schemas.ToDictionary(s => s.Key, s => s.Value.ToString()), StringComparer.Ordinal), Json) + "\n");

    /// <summary>Finds the repository's lock file by walking up from <paramref name="start"/>.</summary>
    public static string Locate(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "avro", "schemas.lock.json");
            if (Directory.Exists(Path.Combine(dir.FullName, "avro")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No avro/ folder above '{start}'.");
    }
}
