using System.Runtime.InteropServices;
using Confluent.Kafka;

namespace FinanceStreams.DevBroker;

/// <summary>
/// Finds the librdkafka build that Confluent.Kafka loaded into this process, so that the mock
/// cluster API is called on the same library (one librdkafka per process), never on a second copy.
/// </summary>
internal static class LoadedLibrdkafka
{
    public static nint Handle { get; } = Load();

    public static nint Export(string name) => NativeLibrary.GetExport(Handle, name);

    private static nint Load()
    {
        _ = Library.Version; // makes Confluent.Kafka pick and load its native library
        var path = File.ReadLines("/proc/self/maps")
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length >= 6 && parts[5].Contains("librdkafka", StringComparison.Ordinal))
            .Select(parts => string.Join(' ', parts.Skip(5)))
            .FirstOrDefault()
            ?? throw new DllNotFoundException("Confluent.Kafka did not load librdkafka into this process; the local broker needs it.");
        return NativeLibrary.Load(path);
    }
}
