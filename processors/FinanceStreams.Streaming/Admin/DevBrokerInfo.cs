using System.Text.Json;

namespace FinanceStreams.Streaming.Admin;

/// <summary>
/// What the local development broker publishes about itself: its Kafka bootstrap address and the
/// loopback control endpoint that creates topics (the mock cluster has no CreateTopics API).
/// </summary>
/// <param name="BootstrapServers">Kafka bootstrap address, <c>127.0.0.1:port,...</c>.</param>
/// <param name="ControlUrl">Base URL of the loopback control endpoint.</param>
/// <param name="ProcessId">Process id of the broker.</param>
public sealed record DevBrokerInfo(string BootstrapServers, Uri ControlUrl, int ProcessId)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Reads the file the broker wrote; a clear error when it is missing or not the broker's.</summary>
    public static DevBrokerInfo Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No local broker info at '{path}'. Start one with 'finance-streams dev broker'.", path);
        }

        return JsonSerializer.Deserialize<DevBrokerInfo>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"'{path}' does not describe a local broker.");
    }

    /// <summary>Writes this description atomically, so a reader never sees half a file.</summary>
    public void Write(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        File.WriteAllText(temp, JsonSerializer.Serialize(this, Json));
        File.Move(temp, path, overwrite: true);
    }
}
