using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Consumption;
using FinanceStreams.Topologies.Invoices;

namespace FinanceStreams.Host.Topologies;

/// <summary>The pipeline's topologies, by name: what <c>run</c>, <c>topologies</c> and <c>bench</c> work with.</summary>
internal static class PipelineTopologies
{
    private const string BudgetDescription = "Running budget consumption, budget alerts and budget availability checks";

    /// <summary>The budget topology on Streamiz.</summary>
    public static PipelineTopology StreamizBudget { get; } = new("budget", ConsumptionTopology.ApplicationId, BudgetDescription,
        Streamiz: (builder, serdes) => ConsumptionTopology.Build(builder, BudgetOptions.With(serdes)));

    /// <summary>Every topology, in start order.</summary>
    public static IReadOnlyList<PipelineTopology> All { get; } =
    [
        StreamizBudget,
        new("invoices", InvoiceTopology.ApplicationId, "Duplicate invoices, two/three-way matching, ERP posting commands, posting completion and control totals",
            Streamiz: (builder, serdes) => InvoiceTopology.Build(builder, InvoiceOptions.With(serdes))),
    ];

    /// <summary>The named topologies (all when none is named).</summary>
    /// <exception cref="ArgumentException">A name is unknown.</exception>
    public static IReadOnlyList<PipelineTopology> Select(IReadOnlyCollection<string> names)
    {
        if (names.Count == 0)
        {
            return All;
        }

        var unknown = names.Where(n => All.All(t => t.Name != n)).ToList();
        return unknown.Count == 0
            ? [.. All.Where(t => names.Contains(t.Name))]
            : throw new ArgumentException($"Unknown topology {string.Join(", ", unknown)}; known: {string.Join(", ", All.Select(t => t.Name))}.");
    }
}
