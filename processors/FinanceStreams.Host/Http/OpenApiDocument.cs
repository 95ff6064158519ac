using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Microsoft.AspNetCore.Routing.Patterns;

namespace FinanceStreams.Host.Http;

/// <summary>
/// Writes the OpenAPI 3.1 document from the route table: every endpoint with <see cref="ApiOperation"/> metadata,
/// its path and method from routing, its body schemas exported from the C# types by System.Text.Json.
/// </summary>
public static class OpenApiDocument
{
    /// <summary>The document's path.</summary>
    public const string Route = "/openapi/v1.json";

    /// <summary>The document of <paramref name="endpoints"/>, serialized with <paramref name="json"/>.</summary>
    public static JsonObject Build(IEnumerable<Endpoint> endpoints, JsonSerializerOptions json)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var paths = new JsonObject();
        var schemas = new JsonObject { ["ProblemDetails"] = Problem() };
        foreach (var endpoint in endpoints.OfType<RouteEndpoint>().OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal))
        {
            if (endpoint.Metadata.GetMetadata<ApiOperation>() is not { } operation)
            {
                continue;
            }

            var path = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var item = paths[path] as JsonObject ?? new JsonObject();
            paths[path] = item;
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                item[method.ToLowerInvariant()] = Operation(operation, endpoint.RoutePattern, schemas, json);
            }
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject { ["title"] = "finance-streams budget availability API", ["version"] = "v1" },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas,
                ["securitySchemes"] = new JsonObject { ["apiKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = ApiKeyAuthenticationHandler.Header } },
            },
        };
    }

    private static JsonObject Operation(ApiOperation operation, RoutePattern pattern, JsonObject schemas, JsonSerializerOptions json)
    {
        var ok = operation.Response is { } type
            ? Content("application/json", Reference(type, schemas, json))
            : Content(operation.ResponseMediaType ?? "application/json", new JsonObject { ["type"] = operation.ResponseMediaType is null ? "object" : "string" });
        var responses = new JsonObject { ["200"] = new JsonObject { ["description"] = "OK", ["content"] = ok } };
        foreach (var status in operation.Statuses)
        {
            var problem = Content("application/problem+json", new JsonObject { ["$ref"] = "#/components/schemas/ProblemDetails" });
            responses[status.ToString(CultureInfo.InvariantCulture)] = new JsonObject { ["description"] = ReasonPhrase(status), ["content"] = problem };
        }

        var result = new JsonObject
        {
            ["operationId"] = operation.OperationId,
            ["summary"] = operation.Summary,
            ["tags"] = new JsonArray(operation.Tag),
            ["parameters"] = new JsonArray([.. pattern.Parameters.Select(p => (JsonNode)new JsonObject { ["name"] = p.Name, ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } })]),
            ["responses"] = responses,
        };
        if (operation.Request is { } request)
        {
            result["requestBody"] = new JsonObject { ["required"] = true, ["content"] = Content("application/json", Reference(request, schemas, json)) };
        }

        if (operation.Scope is { } scope)
        {
            result["security"] = new JsonArray(new JsonObject { ["apiKey"] = new JsonArray(scope) });
            result["x-required-scope"] = scope;
        }

        return result;
    }

    private static JsonObject Reference(Type type, JsonObject schemas, JsonSerializerOptions json)
    {
        schemas[type.Name] ??= JsonSchemaExporter.GetJsonSchemaAsNode(json, type, Exporter);
        return new JsonObject { ["$ref"] = $"#/components/schemas/{type.Name}" };
    }

    private static JsonSchemaExporterOptions Exporter { get; } = new()
    {
        TreatNullObliviousAsNonNullable = true,
        TransformSchemaNode = (context, schema) =>
        {
            var description = context.PropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(DescriptionAttribute), inherit: true).OfType<DescriptionAttribute>().FirstOrDefault();
            if (description is not null && schema is JsonObject property)
            {
                property["description"] = description.Description;
            }

            return schema;
        },
    };

    private static JsonObject Content(string mediaType, JsonObject schema) => new() { [mediaType] = new JsonObject { ["schema"] = schema } };

    private static string ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";

    private static JsonObject Problem() => new()
    {
        ["type"] = "object",
        ["description"] = "RFC 7807 problem details; validation problems add 'errors' (field name to messages).",
        ["properties"] = new JsonObject
        {
            ["type"] = new JsonObject { ["type"] = "string" },
            ["title"] = new JsonObject { ["type"] = "string" },
            ["status"] = new JsonObject { ["type"] = "integer" },
            ["detail"] = new JsonObject { ["type"] = "string" },
            ["errors"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } } },
        },
    };
}
