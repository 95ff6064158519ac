using System.Text.Json;
using System.Text.Json.Serialization;
using StreamKit.Serialization;

namespace FinanceStreams.Topologies.CoGrouping;

/// <summary>The JSON format of internal topics and stores: web defaults, nulls omitted, decimals exact.</summary>
public static class TopologyJson
{
    /// <summary>Shared serializer options; never modified.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>A JSON serde with <see cref="Options"/>.</summary>
    public static ISerde<T> Serde<T>() => Serdes.Json<T>(Options);

    /// <summary>The canonical JSON text of a value, for value comparison.</summary>
    public static string Canonical<T>(T value) => JsonSerializer.Serialize(value, Options);
}
