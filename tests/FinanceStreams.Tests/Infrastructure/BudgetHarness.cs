using finance.budget;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Topologies.Budget;
using StreamKit.Dsl;
using StreamKit.Testing;

namespace FinanceStreams.Tests.Infrastructure;

/// <summary>The budget topology in a test driver, with typed CDC inputs and the latest outputs.</summary>
internal sealed class BudgetHarness : CdcDriverHarness
{
    private readonly TestOutputTopic<BudgetBucketKey, BudgetConsumption> _consumption;
    private readonly TestOutputTopic<BudgetBucketKey, BudgetAlert> _alerts;
    private readonly TestOutputTopic<BudgetCheckKey, BudgetCheck> _checks;
    private readonly Dictionary<string, BudgetConsumption> _latest = new(StringComparer.Ordinal);

    public BudgetHarness()
        : base(Build)
    {
        _consumption = Output(Topics.BudgetConsumption);
        _alerts = Output(Topics.BudgetAlerts);
        _checks = Output(Topics.BudgetChecks);
    }

    /// <summary>The latest consumption per bucket key <c>cc|yyyy|pp</c> (tombstoned buckets removed).</summary>
    public IReadOnlyDictionary<string, BudgetConsumption> Consumption()
    {
        foreach (var record in _consumption.ReadRecords())
        {
            var key = Buckets.Key(record.Key.cost_center, record.Key.fiscal_year, record.Key.fiscal_period);
            if (record.Value is null)
            {
                _latest.Remove(key);
            }
            else
            {
                _latest[key] = record.Value;
            }
        }

        return _latest;
    }

    public BudgetConsumption Bucket(string costCenter, int year = 2026, int period = 3) => Consumption()[Buckets.Key(costCenter, year, period)];

    public IReadOnlyList<BudgetAlert> Alerts() => [.. _alerts.ReadValues().OfType<BudgetAlert>()];

    public IReadOnlyList<BudgetCheck> Checks() => [.. _checks.ReadValues().OfType<BudgetCheck>()];

    private static StreamKit.Topology Build(FinanceStreams.Contracts.Serialization.ContractSerdes serdes)
    {
        var builder = new StreamsBuilder(BudgetTopology.ApplicationId);
        BudgetTopology.Build(builder, BudgetOptions.With(serdes));
        return builder.Build();
    }
}
