using System.Collections.Concurrent;
using System.Net;
using Confluent.SchemaRegistry;

namespace FinanceStreams.TestSupport;

/// <summary>A schema registry in memory: ids from 1, one version per distinct schema per subject.</summary>
public sealed class InMemorySchemaRegistryClient : ISchemaRegistryClient
{
    private readonly Lock _gate = new();
    private readonly List<Schema> _byId = [];
    private readonly ConcurrentDictionary<string, List<int>> _subjects = new(StringComparer.Ordinal);

    public IEnumerable<KeyValuePair<string, string>> Config => [];

    public IAuthenticationHeaderValueProvider AuthHeaderProvider => null!;

    public IWebProxy Proxy => null!;

    public int MaxCachedSchemas => int.MaxValue;

    /// <summary>Registers without a subject check; returns the id.</summary>
    public int Register(string subject, string schema)
    {
        lock (_gate)
        {
            var id = _byId.FindIndex(s => s.SchemaString == schema) + 1;
            if (id == 0)
            {
                _byId.Add(new Schema(schema, SchemaType.Avro));
                id = _byId.Count;
            }

            var versions = _subjects.GetOrAdd(subject, _ => []);
            if (!versions.Contains(id))
            {
                versions.Add(id);
            }

            return id;
        }
    }

    public Task<int> RegisterSchemaAsync(string subject, string avroSchema, bool normalize = false) => Task.FromResult(Register(subject, avroSchema));

    public Task<int> RegisterSchemaAsync(string subject, Schema schema, bool normalize = false) => Task.FromResult(Register(subject, schema.SchemaString));

    public Task<RegisteredSchema> RegisterSchemaWithResponseAsync(string subject, Schema schema, bool normalize = false) =>
        LookupSchemaAsync(subject, schema, false, normalize);

    public Task<int> GetSchemaIdAsync(string subject, string avroSchema, bool normalize = false) => Task.FromResult(Register(subject, avroSchema));

    public Task<int> GetSchemaIdAsync(string subject, Schema schema, bool normalize = false) => Task.FromResult(Register(subject, schema.SchemaString));

    public Task<Schema> GetSchemaAsync(int id, string? format = null)
    {
        lock (_gate)
        {
            return id >= 1 && id <= _byId.Count
                ? Task.FromResult(_byId[id - 1])
                : throw new SchemaRegistryException($"Schema {id} not found", HttpStatusCode.NotFound, 40403);
        }
    }

    public Task<Schema> GetSchemaBySubjectAndIdAsync(string subject, int id, string? format = null) => GetSchemaAsync(id, format);

    public Task<Schema> GetSchemaByGuidAsync(string guid, string? format = null) => throw new NotSupportedException();

    public Task<RegisteredSchema> LookupSchemaAsync(string subject, Schema schema, bool ignoreDeletedSchemas, bool normalize = false)
    {
        var id = Register(subject, schema.SchemaString);
        var version = _subjects[subject].IndexOf(id) + 1;
        return Task.FromResult(new RegisteredSchema(subject, version, id, schema.SchemaString, SchemaType.Avro, []));
    }

    public Task<RegisteredSchema> GetRegisteredSchemaAsync(string subject, int version, bool ignoreDeletedSchemas = true)
    {
        var id = _subjects[subject][version - 1];
        return Task.FromResult(new RegisteredSchema(subject, version, id, _byId[id - 1].SchemaString, SchemaType.Avro, []));
    }

    public async Task<string> GetSchemaAsync(string subject, int version) => (await GetRegisteredSchemaAsync(subject, version)).SchemaString;

    public Task<RegisteredSchema> GetLatestSchemaAsync(string subject) =>
        _subjects.TryGetValue(subject, out var versions)
            ? GetRegisteredSchemaAsync(subject, versions.Count)
            : throw new SchemaRegistryException($"Subject {subject} not found", HttpStatusCode.NotFound, 40401);

    public Task<RegisteredSchema> GetLatestWithMetadataAsync(string subject, IDictionary<string, string> metadata, bool ignoreDeletedSchemas) => GetLatestSchemaAsync(subject);

    public Task<List<string>> GetAllSubjectsAsync() => Task.FromResult(_subjects.Keys.ToList());

    public Task<List<int>> GetSubjectVersionsAsync(string subject) => Task.FromResult(Enumerable.Range(1, _subjects[subject].Count).ToList());

    public Task<bool> IsCompatibleAsync(string subject, string avroSchema) => Task.FromResult(true);

    public Task<bool> IsCompatibleAsync(string subject, Schema schema) => Task.FromResult(true);

    public string ConstructKeySubjectName(string topic, string? recordType = null) => topic + "-key";

    public string ConstructValueSubjectName(string topic, string? recordType = null) => topic + "-value";

    public Task<Compatibility> GetCompatibilityAsync(string? subject = null) => Task.FromResult(Compatibility.Backward);

    public Task<Compatibility> UpdateCompatibilityAsync(Compatibility compatibility, string? subject = null) => Task.FromResult(compatibility);

    public void ClearLatestCaches()
    {
    }

    public void ClearCaches()
    {
    }

    public Task<List<Association>> GetAssociationsByResourceNameAsync(string resourceName, string resourceNamespace, string resourceType, List<string> associationTypes, string lifecycle, int offset, int limit) => Task.FromResult(new List<Association>());

    public Task<AssociationResponse> CreateAssociationAsync(AssociationCreateOrUpdateRequest request) => throw new NotSupportedException();

    public Task DeleteAssociationsAsync(string resourceId, string resourceType, List<string> associationTypes, bool cascadeLifecycle) => throw new NotSupportedException();

    public void Dispose()
    {
    }
}
