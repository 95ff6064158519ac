using Microsoft.AspNetCore.Http;

namespace FinanceStreams.SchemaRegistry.Http;

/// <summary>Confluent's error bodies: <c>{"error_code": n, "message": "..."}</c> with their HTTP status.</summary>
internal static class RegistryErrors
{
    public const string ContentType = "application/vnd.schemaregistry.v1+json";

    public static IResult SubjectNotFound(string subject) => Error(404, 40401, $"Subject '{subject}' not found.");

    public static IResult VersionNotFound(string subject, string version) => Error(404, 40402, $"Version {version} not found for subject '{subject}'.");

    public static IResult SchemaNotFound(string what) => Error(404, 40403, $"Schema {what} not found.");

    public static IResult SubjectLevelNotConfigured(string subject) => Error(404, 40408, $"Subject '{subject}' does not have subject-level compatibility configured");

    public static IResult InvalidSchema(string reason) => Error(422, 42201, $"Invalid schema: {reason}");

    public static IResult InvalidVersion(string version) => Error(422, 42202, $"The specified version '{version}' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");

    public static IResult InvalidLevel(string? level) => Error(422, 42203, $"Invalid compatibility level '{level}'. Valid values are NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE.");

    public static IResult Incompatible(string subject, IReadOnlyList<string> problems) =>
        Error(409, 409, $"Schema being registered is incompatible with an earlier schema for subject \"{subject}\", details: [{string.Join("; ", problems)}]");

    public static IResult Ok(object body) => Results.Json(body, contentType: ContentType);

    private static IResult Error(int status, int code, string message) =>
        Results.Json(new Dictionary<string, object> { ["error_code"] = code, ["message"] = message }, statusCode: status, contentType: ContentType);
}
