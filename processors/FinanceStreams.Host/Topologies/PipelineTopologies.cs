using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Invoices;
using StreamKit.Dsl;

namespace FinanceStreams.Host.Topologies;

/// <summary>Every topology the host can run; adding a topology means adding a line here.</summary>
internal static class PipelineTopologies
{
    public static IReadOnlyList<PipelineTopology> All { get; } =
    [
        new("budget", BudgetTopology.ApplicationId, "Running budget consumption, budget alerts and budget availability checks", serdes =>
        {
            var builder = new StreamsBuilder(BudgetTopology.ApplicationId);
            BudgetTopology.Build(builder, BudgetOptions.With(serdes));
            return builder.Build();
        }),
        new("invoices", InvoiceTopology.ApplicationId, "Duplicate invoices, two/three-way matching, ERP posting commands, posting completion and control totals", serdes =>
        {
            var builder = new StreamsBuilder(InvoiceTopology.ApplicationId);
            InvoiceTopology.Build(builder, InvoiceOptions.With(serdes));
            return builder.Build();
        }),
    ];

    /// <summary>The topologies named, or all when none is; unknown names fail with the list of known ones.</summary>
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
