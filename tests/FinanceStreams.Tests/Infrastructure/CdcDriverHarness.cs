using Avro.Specific;
using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.TestSupport;
using StreamKit.Testing;

namespace FinanceStreams.Tests.Infrastructure;

/// <summary>
/// A topology in a test driver, fed typed CDC rows; event time is <see cref="BaseTime"/> + lsn seconds unless
/// moved with <see cref="At"/>. After each event, wall-clock time moves by <see cref="SettleStep"/>, so what
/// waits for changes to settle (the invoice desk) has acted before the next event.
/// </summary>
internal abstract class CdcDriverHarness : IDisposable, ICdcSink
{
    public const long BaseTime = CdcRouting.BaseTime;

    /// <summary>Wall-clock time between two events: longer than any settle time of the topologies' defaults.</summary>
    public static readonly TimeSpan SettleStep = TimeSpan.FromSeconds(10);
    private readonly Dictionary<string, object> _inputs = new(StringComparer.Ordinal);
    private long _lsn;

    protected CdcDriverHarness(Func<ContractSerdes, StreamKit.Topology> build)
    {
        Serdes = new ContractSerdes(new InMemorySchemaRegistryClient());
        Topology = build(Serdes);
        Driver = new TopologyTestDriver(Topology);
    }

    public StreamKit.Topology Topology { get; }

    public TopologyTestDriver Driver { get; }

    protected ContractSerdes Serdes { get; }

    /// <summary>The lsn the next event gets (lsns are also the clock).</summary>
    public long NextLsn => _lsn + 1;

    /// <summary>Moves the clock: the next event happens at <paramref name="eventTimeMs"/> (never backwards).</summary>
    public void At(long eventTimeMs) => _lsn = Math.Max(_lsn, ((eventTimeMs - BaseTime) / 1000) - 1);

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

    /// <summary>Whether the topology reads <paramref name="topic"/> (as a stream or a global store).</summary>
    public bool Reads(string topic) =>
        Topology.Subtopologies().Any(s => s.SourceTopics.Contains(topic)) || Topology.GlobalStores.Any(g => g.Topic == topic);

    /// <summary>Pipes a record as bytes (e.g. Debezium JSON) to <paramref name="topic"/>.</summary>
    public void PipeRaw(string topic, byte[] key, byte[]? value, long timestamp)
    {
        var name = topic + "#raw";
        if (!_inputs.TryGetValue(name, out var input))
        {
            input = Driver.CreateInputTopic(topic, StreamKit.Serialization.Serdes.ByteArray, StreamKit.Serialization.Serdes.ByteArray);
            _inputs.Add(name, input);
        }

        ((TestInputTopic<byte[], byte[]>)input).Pipe(key, value, timestamp);
        Driver.AdvanceWallClockTime(SettleStep);
    }

    public void Dispose()
    {
        Driver.Dispose();
        Serdes.Dispose();
    }

    protected TestOutputTopic<TKey, TValue> Output<TKey, TValue>(Topic<TKey, TValue> topic)
        where TKey : notnull => Driver.CreateOutputTopic(topic.Name, topic.KeySerde(Serdes), topic.ValueSerde(Serdes));

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
            input = Driver.CreateInputTopic(topic.Name, topic.KeySerde(Serdes), topic.ValueSerde(Serdes));
            _inputs.Add(topic.Name, input);
        }

        ((TestInputTopic<TKey, DebeziumEnvelope<TRow>>)input).Pipe(key, envelope, timestamp);
        Driver.AdvanceWallClockTime(SettleStep);
    }
}
