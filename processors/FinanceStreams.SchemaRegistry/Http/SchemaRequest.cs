using System.Text.Json;
using Avro;
using Microsoft.AspNetCore.Http;

namespace FinanceStreams.SchemaRegistry.Http;

/// <summary>Reads a request body <c>{"schema": "...", "schemaType": "AVRO"}</c> into a parsed Avro schema.</summary>
internal static class SchemaRequest
{
    /// <summary>The parsed schema and its canonical text, or the 422 to answer.</summary>
    public static async Task<(Schema? Schema, string Canonical, IResult? Error)> ReadAsync(HttpRequest request)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body).ConfigureAwait(false);
            var root = body.RootElement;
            if (root.TryGetProperty("schemaType", out var type) && type.GetString() is { } kind && !kind.Equals("AVRO", StringComparison.OrdinalIgnoreCase))
            {
                return (null, string.Empty, RegistryErrors.InvalidSchema($"schema type {kind} is not supported by this registry (AVRO only)"));
            }

            if (!root.TryGetProperty("schema", out var text) || text.GetString() is not { Length: > 0 } schemaText)
            {
                return (null, string.Empty, RegistryErrors.InvalidSchema("the body has no \"schema\""));
            }

            var schema = Schema.Parse(schemaText);
            return (schema, schema.ToString(), null);
        }
        catch (Exception e) when (e is JsonException or SchemaParseException or AvroException or InvalidOperationException)
        {
            return (null, string.Empty, RegistryErrors.InvalidSchema(e.Message));
        }
    }
}
