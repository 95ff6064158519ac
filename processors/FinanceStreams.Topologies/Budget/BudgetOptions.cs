using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Topologies.Dataflow;

namespace FinanceStreams.Topologies.Budget;

/// <summary>Options of the budget topology.</summary>
/// <param name="Serdes">Serdes of the contracts (schema registry).</param>
public sealed record BudgetOptions(ContractSerdes Serdes)
{
    /// <summary>Partitions of the internal repartition topics; null uses the runtime's default.</summary>
    public int? Partitions { get; init; }

    /// <summary>Most lineage entries written in the lineage header of one output record.</summary>
    public int MaxLineageEntries { get; init; } = 50;

    /// <summary>How long the bucket stage holds its inputs to apply them in event-time order, each source event's pieces together.</summary>
    public SettleOptions Settle { get; init; } = new();

    /// <summary>Version of the rules, written with lineage.</summary>
    public string RuleVersion { get; init; } = DefaultRuleVersion;

    /// <summary>The rule version stamped on outputs unless configured otherwise.</summary>
    public const string DefaultRuleVersion = "budget-rules/1";

    /// <summary>Options with defaults.</summary>
    public static BudgetOptions With(ContractSerdes serdes)
    {
        ArgumentNullException.ThrowIfNull(serdes);
        return new(serdes);
    }
}
