using FinanceStreams.TestSupport;
using Avro.Specific;
using finance.budget;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Topologies.Budget;
using StreamKit.Dsl;
using StreamKit.Testing;

namespace FinanceStreams.Tests.Infrastructure;

/// <summary>The budget topology in a test driver, with typed CDC inputs and the latest outputs.</summary>
internal sealed partial class BudgetHarness : IDisposable, ICdcSink
{
    public const long BaseTime = CdcRouting.BaseTime;
    private readonly ContractSerdes _serdes;
    private readonly Dictionary<string, object> _inputs = new(StringComparer.Ordinal);
    private readonly TestOutputTopic<BudgetBucketKey, BudgetConsumption> _consumption;
    private readonly TestOutputTopic<BudgetBucketKey, BudgetAlert> _alerts;
    private readonly TestOutputTopic<BudgetCheckKey, BudgetCheck> _checks;
    private readonly Dictionary<string, BudgetConsumption> _latest = new(StringComparer.Ordinal);
    private long _lsn;

    public BudgetHarness()
    {
        _serdes = new ContractSerdes(new InMemorySchemaRegistryClient());
        var builder = new StreamsBuilder(BudgetTopology.ApplicationId);
        BudgetTopology.Build(builder, BudgetOptions.With(_serdes));
        Topology = builder.Build();
        Driver = new TopologyTestDriver(Topology);
        _consumption = Output(Topics.BudgetConsumption);
        _alerts = Output(Topics.BudgetAlerts);
        _checks = Output(Topics.BudgetChecks);
    }

    public StreamKit.Topology Topology { get; }

    public TopologyTestDriver Driver { get; }

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

    /// <summary>Sends a create/update/read of <paramref name="row"/>; returns the lsn used.</summary>
    public long Put(ISpecificRecord row, long? lsn = null, DebeziumOp op = DebeziumOp.Update) => Send(row, null, row, op, lsn ?? ++_lsn);

    /// <summary>Sends a delete of <paramref name="row"/> and, unless told otherwise, its tombstone.</summary>
    public long Delete(ISpecificRecord row, long? lsn = null, bool tombstone = true)
    {
        var used = Send(row, row, null, DebeziumOp.Delete, lsn ?? ++_lsn);
        if (tombstone)
        {
            Send(row, null, null, DebeziumOp.Delete, used, tombstoneOnly: true);
        }

        return used;
    }

    /// <summary>Sends a truncate event for the table of <paramref name="row"/>.</summary>
    public long Truncate(ISpecificRecord row) => Send(row, null, null, DebeziumOp.Truncate, ++_lsn);

    public void Dispose()
    {
        Driver.Dispose();
        _serdes.Dispose();
    }

    private TestOutputTopic<TKey, TValue> Output<TKey, TValue>(Topic<TKey, TValue> topic)
        where TKey : notnull => Driver.CreateOutputTopic(topic.Name, topic.KeySerde(_serdes), topic.ValueSerde(_serdes));

    private long Send(ISpecificRecord row, ISpecificRecord? before, ISpecificRecord? after, DebeziumOp op, long lsn, bool tombstoneOnly = false)
    {
        _lsn = Math.Max(_lsn, lsn);
        CdcRouting.Send(this, row, before, after, op, lsn, tombstoneOnly);
        return lsn;
    }

    void ICdcSink.Write<TKey, TRow>(Topic<TKey, DebeziumEnvelope<TRow>> topic, TKey key, DebeziumEnvelope<TRow>? envelope, long timestamp)
    {
        if (!_inputs.TryGetValue(topic.Name, out var input))
        {
            input = Driver.CreateInputTopic(topic.Name, topic.KeySerde(_serdes), topic.ValueSerde(_serdes));
            _inputs.Add(topic.Name, input);
        }

        ((TestInputTopic<TKey, DebeziumEnvelope<TRow>>)input).Pipe(key, envelope, timestamp);
    }
}
