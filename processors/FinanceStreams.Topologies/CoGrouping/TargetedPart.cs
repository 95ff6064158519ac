namespace FinanceStreams.Topologies.CoGrouping;

/// <summary>A part addressed to the dossier <paramref name="Target"/> under <paramref name="PartId"/>.</summary>
/// <param name="Target">Key of the dossier.</param>
/// <param name="PartId">Id of the part, unique across every producer of that dossier kind.</param>
/// <param name="Part">The part.</param>
public readonly record struct TargetedPart(string Target, string PartId, Part Part);
