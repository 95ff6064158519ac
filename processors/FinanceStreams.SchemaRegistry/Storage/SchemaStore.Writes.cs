using FinanceStreams.SchemaRegistry.Compatibility;

namespace FinanceStreams.SchemaRegistry.Storage;

/// <summary>Registering, deleting and configuring.</summary>
internal sealed partial class SchemaStore
{
    /// <summary>Registers <paramref name="schema"/> (canonical text) under the subject after <paramref name="check"/> accepts it; the same schema again returns its existing version.</summary>
    public RegisterOutcome Register(string subject, string schema, Func<IReadOnlyList<SchemaVersion>, IReadOnlyList<string>> check)
    {
        lock (_gate)
        {
            var live = List(subject).Where(v => !v.Deleted).ToList();
            if (live.FirstOrDefault(v => v.Schema == schema) is { } existing)
            {
                return new RegisterOutcome(existing, []);
            }

            var problems = check(live);
            if (problems.Count > 0)
            {
                return new RegisterOutcome(null, problems);
            }

            var id = _idsBySchema.TryGetValue(schema, out var known) ? known : _schemasById.Keys.DefaultIfEmpty(0).Max() + 1;
            var version = List(subject).Select(v => v.Version).DefaultIfEmpty(0).Max() + 1;
            Write(new LogEntry("register", subject, version, id, schema));
            return new RegisterOutcome(List(subject)[^1], []);
        }
    }

    /// <summary>Soft-deletes (or, once soft-deleted, purges) versions; returns the affected version numbers.</summary>
    public IReadOnlyList<int> Delete(string subject, int? version, bool permanent)
    {
        lock (_gate)
        {
            var targets = List(subject).Where(v => (version is null || v.Version == version) && v.Deleted == permanent).Select(v => v.Version).ToList();
            foreach (var target in targets)
            {
                Write(new LogEntry(permanent ? "purge" : "delete", subject, target));
            }

            return targets;
        }
    }

    public void SetLevel(string? subject, CompatibilityLevel level)
    {
        lock (_gate)
        {
            Write(new LogEntry("config", subject, Level: CompatibilityLevels.Name(level)));
        }
    }
}

/// <summary>The registered version, or why the schema was refused.</summary>
/// <param name="Version">The version, null when refused.</param>
/// <param name="Problems">Compatibility problems.</param>
internal sealed record RegisterOutcome(SchemaVersion? Version, IReadOnlyList<string> Problems);
