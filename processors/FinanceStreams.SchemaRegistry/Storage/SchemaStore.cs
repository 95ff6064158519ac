using FinanceStreams.SchemaRegistry.Compatibility;

namespace FinanceStreams.SchemaRegistry.Storage;

/// <summary>
/// Subjects, versions, global schema ids and compatibility settings, kept in memory and written
/// through to the log. Identical schema text gets the same id everywhere, as in Confluent's registry.
/// </summary>
internal sealed partial class SchemaStore : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SchemaLog _log;
    private readonly Dictionary<string, List<SchemaVersion>> _subjects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _idsBySchema = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _schemasById = [];
    private readonly Dictionary<string, CompatibilityLevel> _subjectLevels = new(StringComparer.Ordinal);

    public SchemaStore(string directory)
    {
        _log = new SchemaLog(directory);
        foreach (var entry in _log.ReadAll())
        {
            Apply(entry);
        }
    }

    public CompatibilityLevel GlobalLevel { get; private set; } = CompatibilityLevel.Backward;

    public IReadOnlyList<string> Subjects(bool includeDeleted)
    {
        lock (_gate)
        {
            return [.. _subjects.Where(s => s.Value.Any(v => includeDeleted || !v.Deleted)).Select(s => s.Key).Order(StringComparer.Ordinal)];
        }
    }

    public IReadOnlyList<SchemaVersion>? Versions(string subject, bool includeDeleted)
    {
        lock (_gate)
        {
            var versions = _subjects.GetValueOrDefault(subject)?.Where(v => includeDeleted || !v.Deleted).ToList();
            return versions is { Count: > 0 } ? versions : null;
        }
    }

    public string? SchemaById(int id)
    {
        lock (_gate)
        {
            return _schemasById.GetValueOrDefault(id);
        }
    }

    public CompatibilityLevel? SubjectLevel(string subject)
    {
        lock (_gate)
        {
            return _subjectLevels.TryGetValue(subject, out var level) ? level : null;
        }
    }

    public CompatibilityLevel EffectiveLevel(string subject) => SubjectLevel(subject) ?? GlobalLevel;

    public void Dispose() => _log.Dispose();

    private void Write(LogEntry entry)
    {
        _log.Append(entry);
        Apply(entry);
    }

    private void Apply(LogEntry entry)
    {
        switch (entry.Kind)
        {
            case "register":
                _schemasById[entry.Id] = entry.Schema!;
                _idsBySchema[entry.Schema!] = entry.Id;
                List(entry.Subject!).Add(new SchemaVersion(entry.Subject!, entry.Version, entry.Id, entry.Schema!));
                break;
            case "delete":
                var list = List(entry.Subject!);
                list[list.FindIndex(v => v.Version == entry.Version)] = list.Single(v => v.Version == entry.Version) with { Deleted = true };
                break;
            case "purge":
                List(entry.Subject!).RemoveAll(v => v.Version == entry.Version);
                break;
            case "config" when entry.Subject is null:
                GlobalLevel = Parse(entry.Level);
                break;
            case "config":
                _subjectLevels[entry.Subject] = Parse(entry.Level);
                break;
            default:
                throw new InvalidDataException($"Unknown registry log entry '{entry.Kind}' in {_log.Path}.");
        }
    }

    private List<SchemaVersion> List(string subject)
    {
        if (!_subjects.TryGetValue(subject, out var list))
        {
            list = [];
            _subjects.Add(subject, list);
        }

        return list;
    }

    private static CompatibilityLevel Parse(string? level) =>
        CompatibilityLevels.TryParse(level, out var parsed) ? parsed : throw new InvalidDataException($"Unknown compatibility level '{level}' in the registry log.");
}
