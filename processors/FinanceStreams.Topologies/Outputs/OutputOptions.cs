namespace FinanceStreams.Topologies.Outputs;

/// <summary>What every output record carries besides its value.</summary>
/// <param name="MaxLineageEntries">Most lineage entries in one record's lineage header.</param>
/// <param name="RuleVersion">Version of the rules that produced it.</param>
public sealed record OutputOptions(int MaxLineageEntries, string RuleVersion);
