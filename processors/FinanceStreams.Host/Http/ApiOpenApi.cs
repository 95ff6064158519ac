using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FinanceStreams.Host.Http;

/// <summary>
/// Completes the OpenAPI document Microsoft.AspNetCore.OpenApi generates from the endpoints: both security schemes
/// (API key, OAuth2 bearer JWT), each protected operation's scope, and the headers of each response.
/// </summary>
public static class ApiOpenApi
{
    /// <summary>The document's route.</summary>
    public const string Route = "/openapi/v1.json";

    /// <summary>The document's name.</summary>
    public const string DocumentName = "v1";

    /// <summary>The API key scheme's name in the document.</summary>
    public const string ApiKeyScheme = "apiKey";

    /// <summary>The bearer scheme's name in the document.</summary>
    public const string BearerScheme = "bearer";

    /// <summary>Adds the transformers.</summary>
    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer((document, context, _) =>
        {
            document.Info = new OpenApiInfo { Title = "finance-streams budget availability API", Version = DocumentName };
            var self = context.ApplicationServices.GetRequiredService<InstanceAddress>().Self;
            document.Servers = self is null ? [] : [new OpenApiServer { Url = self.ToString() }]; // never the request's Host header
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
            {
                [ApiKeyScheme] = new OpenApiSecurityScheme { Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = ApiKeyAuthenticationHandler.Header, Description = "An API key (also accepted as 'Authorization: ApiKey <key>')." },
                [BearerScheme] = new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT", Description = "An OAuth2 access token (JWT) whose 'scope' claim lists the scope." },
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var scope = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Select(a => a.Policy).FirstOrDefault(p => p is not null);
            if (scope is not null)
            {
                operation.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [scope] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [scope] },
                ];
            }

            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                parameter.Schema = Parameter(parameter.Name) ?? parameter.Schema;
            }

            foreach (var (status, response) in operation.Responses ?? [])
            {
                Headers(status, response);
            }

            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type == typeof(decimal) || context.JsonTypeInfo.Type == typeof(decimal?))
            {
                schema.Format = "decimal";
            }

            if (context.JsonPropertyInfo is { } property && property.DeclaringType == typeof(BudgetCheckRequest) && property.Name == "amount")
            {
                schema.Type = JsonSchemaType.Number;
                schema.Format = "decimal";
                schema.Pattern = null;
                schema.MultipleOf = 0.01m;
                schema.Minimum = null;
                schema.ExclusiveMinimum = "0";
                schema.Maximum = RequestValidator.MaxAmountText;
            }

            return Task.CompletedTask;
        });
    }

    private static void Headers(string status, IOpenApiResponse response)
    {
        if (response is not OpenApiResponse editable)
        {
            return;
        }

        editable.Headers ??= new Dictionary<string, IOpenApiHeader>();
        editable.Headers[RequestTrace.Header] = Header("The request's trace id (the audit's request_id).", JsonSchemaType.String);
        editable.Headers[Ownership.BudgetForwarder.ServedByHeader] = Header("The configured address of the instance that answered.", JsonSchemaType.String);
        switch (status)
        {
            case "401":
                editable.Headers["WWW-Authenticate"] = Header("The accepted schemes: ApiKey (header X-Api-Key) and Bearer.", JsonSchemaType.String);
                break;
            case "415":
                editable.Headers["Accept"] = Header("The accepted media type: application/json.", JsonSchemaType.String);
                break;
            case "429" or "503":
                editable.Headers["Retry-After"] = Header("Seconds to wait before retrying (the time left in the window for 429).", JsonSchemaType.Integer);
                break;
        }
    }

    private static OpenApiSchema? Parameter(string? name) => name switch
    {
        "costCenter" => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = RequestValidator.IdPattern, MinLength = 1, MaxLength = RequestValidator.MaxIdLength },
        "fiscalYear" => new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = $"{RequestValidator.MinYear}", Maximum = $"{RequestValidator.MaxYear}" },
        "fiscalPeriod" => new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = "12" },
        _ => null,
    };

    private static OpenApiHeader Header(string description, JsonSchemaType type) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = type, Minimum = type == JsonSchemaType.Integer ? "1" : null } };
}
