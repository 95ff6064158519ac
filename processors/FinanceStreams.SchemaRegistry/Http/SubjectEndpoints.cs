using FinanceStreams.SchemaRegistry.Compatibility;
using FinanceStreams.SchemaRegistry.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FinanceStreams.SchemaRegistry.Http;

/// <summary>Confluent's subject and schema routes.</summary>
internal static class SubjectEndpoints
{
    public static void Map(WebApplication app, SchemaStore store)
    {
        app.MapGet("/", () => RegistryErrors.Ok(new { }));
        app.MapGet("/subjects", (bool? deleted) => RegistryErrors.Ok(store.Subjects(deleted ?? false)));
        app.MapGet("/subjects/{subject}/versions", (string subject, bool? deleted) =>
            store.Versions(subject, deleted ?? false) is { } versions ? RegistryErrors.Ok(versions.Select(v => v.Version)) : RegistryErrors.SubjectNotFound(subject));
        app.MapGet("/subjects/{subject}/versions/{version}", (string subject, string version, bool? deleted) =>
            Find(store, subject, version, deleted ?? false, v => RegistryErrors.Ok(Describe(v))));
        app.MapGet("/subjects/{subject}/versions/{version}/schema", (string subject, string version) =>
            Find(store, subject, version, false, v => Results.Text(v.Schema, RegistryErrors.ContentType)));
        app.MapGet("/schemas/ids/{id:int}", (int id) =>
            store.SchemaById(id) is { } schema ? RegistryErrors.Ok(new { schema }) : RegistryErrors.SchemaNotFound($"{id}"));
        app.MapPost("/subjects/{subject}/versions", async (string subject, HttpRequest request) =>
        {
            var (schema, canonical, error) = await SchemaRequest.ReadAsync(request).ConfigureAwait(false);
            if (error is not null)
            {
                return error;
            }

            var outcome = store.Register(subject, canonical, earlier => CompatibilityChecker.Check(store.EffectiveLevel(subject), schema!, earlier));
            return outcome.Version is { } registered ? RegistryErrors.Ok(new { id = registered.Id }) : RegistryErrors.Incompatible(subject, outcome.Problems);
        });
        app.MapPost("/subjects/{subject}", async (string subject, HttpRequest request) =>
        {
            var (_, canonical, error) = await SchemaRequest.ReadAsync(request).ConfigureAwait(false);
            if (error is not null)
            {
                return error;
            }

            return store.Versions(subject, false) is not { } versions ? RegistryErrors.SubjectNotFound(subject)
                : versions.FirstOrDefault(v => v.Schema == canonical) is { } found ? RegistryErrors.Ok(Describe(found))
                : RegistryErrors.SchemaNotFound($"in subject '{subject}'");
        });
        app.MapDelete("/subjects/{subject}", (string subject, bool? permanent) =>
        {
            var deleted = store.Delete(subject, null, permanent ?? false);
            return deleted.Count > 0 ? RegistryErrors.Ok(deleted) : RegistryErrors.SubjectNotFound(subject);
        });
        app.MapDelete("/subjects/{subject}/versions/{version}", (string subject, string version, bool? permanent) =>
            Find(store, subject, version, permanent ?? false, v => RegistryErrors.Ok(store.Delete(subject, v.Version, permanent ?? false).Single())));
    }

    /// <summary>Resolves <c>latest</c> or a version number, answering Confluent's 404/422 when it cannot.</summary>
    public static IResult Find(SchemaStore store, string subject, string version, bool includeDeleted, Func<SchemaVersion, IResult> found)
    {
        if (store.Versions(subject, includeDeleted) is not { } versions)
        {
            return RegistryErrors.SubjectNotFound(subject);
        }

        if (version is "latest" or "-1")
        {
            return found(versions[^1]);
        }

        if (!int.TryParse(version, out var number) || number < 1)
        {
            return RegistryErrors.InvalidVersion(version);
        }

        return versions.FirstOrDefault(v => v.Version == number) is { } match ? found(match) : RegistryErrors.VersionNotFound(subject, version);
    }

    private static object Describe(SchemaVersion v) => new { subject = v.Subject, version = v.Version, id = v.Id, schema = v.Schema };
}
