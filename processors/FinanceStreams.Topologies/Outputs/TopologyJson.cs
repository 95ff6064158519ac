using System.Text.Json;
using System.Text.Json.Serialization;

namespace FinanceStreams.Topologies.Outputs;

/// <summary>The JSON form of values in headers and comparisons: web defaults, nulls omitted, decimals exact.</summary>
public static class TopologyJson
{
    /// <summary>Shared serializer options; never modified.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The canonical JSON text of a value, for value comparison.</summary>
    public static string Canonical<T>(T value) => JsonSerializer.Serialize(value, Options);
}
