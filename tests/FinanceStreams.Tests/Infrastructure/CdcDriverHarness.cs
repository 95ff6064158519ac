using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.TestSupport;
using StreamKit.Testing;

namespace FinanceStreams.Tests.Infrastructure;

/// <summary>
/// A topology in a test driver, fed typed CDC rows; event time is <see cref="CdcHarness.BaseTime"/> + lsn seconds unless
/// moved with <see cref="CdcHarness.At"/>. After each event, wall-clock time moves by <see cref="SettleStep"/>, so what
/// waits for changes to settle (the invoice desk) has acted before the next event.
/// </summary>
internal abstract class CdcDriverHarness : CdcHarness, IDisposable
{
    /// <summary>Wall-clock time between two events: longer than any settle time of the topologies' defaults.</summary>
    public static readonly TimeSpan SettleStep = TimeSpan.FromSeconds(10);
    private readonly Dictionary<string, object> _inputs = new(StringComparer.Ordinal);

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

    public override void Write<TKey, TRow>(Topic<TKey, DebeziumEnvelope<TRow>> topic, TKey key, DebeziumEnvelope<TRow>? envelope, long timestamp)
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
