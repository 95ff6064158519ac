namespace FinanceStreams.Topologies.CoGrouping;

/// <summary>Sets (or, with a null part, removes) one part of a dossier.</summary>
/// <param name="PartId">Id of the part.</param>
/// <param name="Part">New content; null removes the part.</param>
public sealed record PartUpdate(string PartId, Part? Part);
