using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace FinanceStreams.Host.Http;

/// <summary><c>GET /openapi/v1.json</c>: the API's OpenAPI document, written from the route table.</summary>
public static class OpenApiEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(OpenApiDocument.Route, (EndpointDataSource source, IOptions<JsonOptions> json) =>
                Results.Text(OpenApiDocument.Build(source.Endpoints, json.Value.SerializerOptions).ToJsonString(Indented), "application/json"))
            .WithMetadata(new ApiOperation("getOpenApi", "This document.", "meta", []));
    }

    private static JsonSerializerOptions Indented { get; } = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
