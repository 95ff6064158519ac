using System.Text.Json;

namespace FinanceStreams.SchemaRegistry.Storage;

/// <summary>The registry's durable state: an append-only JSON-lines file, flushed on every write.</summary>
internal sealed class SchemaLog : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly StreamWriter _writer;

    public SchemaLog(string directory)
    {
        Directory.CreateDirectory(directory);
        Path = System.IO.Path.Combine(directory, "schemas.log");
        _writer = new StreamWriter(new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
    }

    public string Path { get; }

    public IEnumerable<LogEntry> ReadAll() =>
        File.ReadLines(Path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<LogEntry>(l, Json)
            ?? throw new InvalidDataException($"An empty entry in {Path}."));

    public void Append(LogEntry entry)
    {
        _writer.WriteLine(JsonSerializer.Serialize(entry, Json));
        _writer.BaseStream.Flush();
    }

    public void Dispose() => _writer.Dispose();
}
