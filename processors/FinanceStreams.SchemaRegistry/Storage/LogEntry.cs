namespace FinanceStreams.SchemaRegistry.Storage;

/// <summary>One line of the registry's append-only log; replayed in order at start-up.</summary>
/// <param name="Kind"><c>register</c>, <c>delete</c>, <c>purge</c> or <c>config</c>.</param>
/// <param name="Subject">The subject, or null for the global config.</param>
/// <param name="Version">The version registered or deleted.</param>
/// <param name="Id">The schema id registered.</param>
/// <param name="Schema">The schema text registered.</param>
/// <param name="Level">The compatibility level set.</param>
internal sealed record LogEntry(string Kind, string? Subject = null, int Version = 0, int Id = 0, string? Schema = null, string? Level = null);
