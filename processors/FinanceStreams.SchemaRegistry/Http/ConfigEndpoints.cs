using System.Text.Json;
using FinanceStreams.SchemaRegistry.Compatibility;
using FinanceStreams.SchemaRegistry.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FinanceStreams.SchemaRegistry.Http;

/// <summary>Confluent's compatibility-configuration and compatibility-test routes.</summary>
internal static class ConfigEndpoints
{
    public static void Map(WebApplication app, SchemaStore store)
    {
        app.MapGet("/config", () => RegistryErrors.Ok(new { compatibilityLevel = CompatibilityLevels.Name(store.GlobalLevel) }));
        app.MapGet("/config/{subject}", (string subject, bool? defaultToGlobal) =>
            store.SubjectLevel(subject) is { } level ? RegistryErrors.Ok(new { compatibilityLevel = CompatibilityLevels.Name(level) })
            : defaultToGlobal == true ? RegistryErrors.Ok(new { compatibilityLevel = CompatibilityLevels.Name(store.GlobalLevel) })
            : RegistryErrors.SubjectLevelNotConfigured(subject));
        app.MapPut("/config", (HttpRequest request) => SetAsync(request, store, null));
        app.MapPut("/config/{subject}", (string subject, HttpRequest request) => SetAsync(request, store, subject));
        app.MapPost("/compatibility/subjects/{subject}/versions/{version}", async (string subject, string version, bool? verbose, HttpRequest request) =>
        {
            var (schema, _, error) = await SchemaRequest.ReadAsync(request).ConfigureAwait(false);
            if (error is not null)
            {
                return error;
            }

            return SubjectEndpoints.Find(store, subject, version, false, target =>
            {
                var level = store.EffectiveLevel(subject);
                var earlier = CompatibilityLevels.IsTransitive(level)
                    ? store.Versions(subject, false)!.Where(v => v.Version <= target.Version).ToList()
                    : [target];
                var problems = CompatibilityChecker.Check(level, schema!, earlier);
                return verbose == true
                    ? RegistryErrors.Ok(new { is_compatible = problems.Count == 0, messages = problems })
                    : RegistryErrors.Ok(new { is_compatible = problems.Count == 0 });
            });
        });
    }

    private static async Task<IResult> SetAsync(HttpRequest request, SchemaStore store, string? subject)
    {
        string? name = null;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body).ConfigureAwait(false);
            name = body.RootElement.TryGetProperty("compatibility", out var value) ? value.GetString() : null;
        }
        catch (JsonException)
        {
            // answered below as an invalid level
        }

        if (!CompatibilityLevels.TryParse(name, out var level))
        {
            return RegistryErrors.InvalidLevel(name);
        }

        store.SetLevel(subject, level);
        return RegistryErrors.Ok(new { compatibility = CompatibilityLevels.Name(level) });
    }
}
