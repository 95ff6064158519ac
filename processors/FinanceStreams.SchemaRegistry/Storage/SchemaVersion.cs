namespace FinanceStreams.SchemaRegistry.Storage;

/// <summary>One version of a subject.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Version">Version number, from 1.</param>
/// <param name="Id">Global schema id.</param>
/// <param name="Schema">The schema text as registered.</param>
/// <param name="Deleted">Soft-deleted: hidden unless asked for.</param>
public sealed record SchemaVersion(string Subject, int Version, int Id, string Schema, bool Deleted = false);
