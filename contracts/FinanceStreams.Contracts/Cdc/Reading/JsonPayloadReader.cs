using System.Globalization;
using System.Text.Json;
using FinanceStreams.Contracts.Serialization;

namespace FinanceStreams.Contracts.Cdc.Reading;

/// <summary>Reads Debezium JSON, with or without the <c>{"schema":..,"payload":..}</c> wrapper.</summary>
internal static class JsonPayloadReader
{
    private static readonly IReadOnlyDictionary<string, int> _noScales = new Dictionary<string, int>();

    public static PayloadTree Read(ReadOnlySpan<byte> data, string topic)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(data, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException ex)
        {
            throw new SerdeException($"Topic '{topic}': value is not valid JSON ({ex.Message}).", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new SerdeException($"Topic '{topic}': expected a JSON object, found {root.ValueKind}.");
            }

            if (root.TryGetProperty("payload", out var payload) && root.TryGetProperty("schema", out var schema))
            {
                if (payload.ValueKind != JsonValueKind.Object)
                {
                    throw new SerdeException($"Topic '{topic}': field 'payload' of the schema/payload wrapper: expected an object, found {payload.ValueKind}.");
                }

                return new PayloadTree(ToObject(payload), "JSON (schema/payload wrapper)", ConnectDecimals(schema));
            }

            return new PayloadTree(ToObject(root), "JSON", _noScales);
        }
    }

    private static Dictionary<string, object?> ToObject(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = ToValue(property.Value);
        }

        return result;
    }

    private static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToObject(element),
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => new JsonNumber(element.GetRawText()),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>Finds Kafka Connect Decimal fields (base64 bytes) in the wrapper's schema.</summary>
    private static Dictionary<string, int> ConnectDecimals(JsonElement schema)
    {
        var scales = new Dictionary<string, int>(StringComparer.Ordinal);
        Walk(schema, string.Empty, scales);
        return scales;
    }

    private static void Walk(JsonElement schema, string prefix, Dictionary<string, int> scales)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("fields", out var fields) || fields.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var field in fields.EnumerateArray())
        {
            if (!field.TryGetProperty("field", out var name) || name.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var path = prefix.Length == 0 ? name.GetString()! : prefix + "." + name.GetString();
            if (field.TryGetProperty("name", out var logical) && logical.ValueEquals("org.apache.kafka.connect.data.Decimal")
                && field.TryGetProperty("parameters", out var parameters) && parameters.TryGetProperty("scale", out var scale)
                && int.TryParse(scale.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                scales[path] = value;
            }

            Walk(field, path, scales);
        }
    }
}
