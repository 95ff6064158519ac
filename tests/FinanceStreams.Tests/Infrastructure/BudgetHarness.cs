using finance.budget;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Streaming.Serialization;
using FinanceStreams.Topologies.Budget;
using FinanceStreams.Topologies.Consumption;
using FinanceStreams.Topologies.Dataflow;
using Streamiz.Kafka.Net.Mock;
using Streamiz.Kafka.Net.SerDes;

namespace FinanceStreams.Tests.Infrastructure;

/// <summary>The Streamiz budget topology (<see cref="ConsumptionTopology"/>) in its test driver, with the latest consumption per bucket.</summary>
internal sealed class BudgetHarness : StreamizHarness
{
    private readonly TestOutputTopic<BudgetBucketKey, BudgetConsumption> _consumption;
    private readonly TestOutputTopic<BudgetBucketKey, BudgetAlert> _alerts;
    private readonly TestOutputTopic<BudgetCheckKey, BudgetCheck> _checks;
    private readonly Dictionary<string, BudgetConsumption> _latest = new(StringComparer.Ordinal);

    private static readonly SettleOptions Settle = new();

    public BudgetHarness()
        : base(ConsumptionTopology.ApplicationId, (builder, serdes) => ConsumptionTopology.Build(builder, BudgetOptions.With(serdes) with { Settle = Settle }))
    {
        _consumption = Output(Topics.BudgetConsumption);
        _alerts = Output(Topics.BudgetAlerts);
        _checks = Output(Topics.BudgetChecks);
    }

    /// <summary>Whether each record piped in is let settle (the bucket stage's hold passes) before the next; true unless a test holds records back.</summary>
    public bool Settling { get; set; } = true;

    /// <summary>Lets the wall clock pass the bucket stage's hold: every held input is applied.</summary>
    public void SettleAll() => Driver.AdvanceWallClockTime(TimeSpan.FromMilliseconds(Settle.HoldMs));

    protected override void Piped()
    {
        if (Settling)
        {
            SettleAll();
        }
    }

    public IReadOnlyDictionary<string, BudgetConsumption> Consumption()
    {
        foreach (var record in _consumption.ReadKeyValueList())
        {
            Remember(record.Message.Key, record.Message.Value);
        }

        return _latest;
    }

    private void Remember(BudgetBucketKey bucket, BudgetConsumption? value)
    {
        var key = Buckets.Key(bucket.cost_center, bucket.fiscal_year, bucket.fiscal_period);
        if (value is null)
        {
            _latest.Remove(key);
        }
        else
        {
            _latest[key] = value;
        }
    }

    /// <summary>The consumption records published since the last read (reading them also updates <see cref="Consumption"/>).</summary>
    public IReadOnlyList<BudgetConsumption> ConsumptionRecords()
    {
        var records = _consumption.ReadKeyValueList().ToList();
        foreach (var record in records)
        {
            Remember(record.Message.Key, record.Message.Value);
        }

        return [.. records.Select(r => r.Message.Value).OfType<BudgetConsumption>()];
    }

    public BudgetConsumption Bucket(string costCenter, int year = 2026, int period = 3) => Consumption()[Buckets.Key(costCenter, year, period)];

    public IReadOnlyList<BudgetAlert> Alerts() => [.. _alerts.ReadValueList().OfType<BudgetAlert>()];

    /// <summary>The keys of the records sent so far on the topology's repartition topic <paramref name="name"/>.</summary>
    public IReadOnlyList<string> RepartitionKeys<T>(string name)
        where T : class =>
        [.. Driver.CreateOutputTopic($"{ConsumptionTopology.ApplicationId}-{name}-repartition", TimeSpan.FromSeconds(1), new StringSerDes(), new CompactSerDes<T>()).ReadKeyValueList().Select(r => r.Message.Key)];

    public IReadOnlyList<BudgetCheck> Checks() => [.. _checks.ReadValueList().OfType<BudgetCheck>()];
}
