using FinanceStreams.Contracts.Catalog;
using FinanceStreams.Contracts.Cdc;
using FinanceStreams.Contracts.Serialization;
using FinanceStreams.Streaming.Serialization;
using FinanceStreams.TestSupport;
using Streamiz.Kafka.Net;
using Streamiz.Kafka.Net.Mock;
using Streamiz.Kafka.Net.Stream;
using Streamiz.Kafka.Net.SerDes;

namespace FinanceStreams.Tests.Infrastructure;

/// <summary>A Streamiz topology in its TopologyTestDriver, fed contract rows as CDC changes (Avro through an in-memory registry).</summary>
internal abstract class StreamizHarness : CdcHarness, IDisposable
{
    private readonly Dictionary<string, object> _inputs = new(StringComparer.Ordinal);

    protected StreamizHarness(string applicationId, Action<StreamBuilder, ContractSerdes> build)
    {
        Serdes = new ContractSerdes(new InMemorySchemaRegistryClient());
        var builder = new StreamBuilder();
        build(builder, Serdes);
        var config = new StreamConfig<StringSerDes, StringSerDes> { ApplicationId = applicationId };
        Topology = builder.Build();
        Driver = new TopologyTestDriver(Topology, config);
    }

    public Topology Topology { get; }

    public TopologyTestDriver Driver { get; }

    protected ContractSerdes Serdes { get; }

    /// <summary>Whether the topology reads <paramref name="topic"/>.</summary>
    public bool Reads(string topic) =>
        Topology.Describe().SubTopologies.SelectMany(s => s.Nodes).OfType<ISourceNodeDescription>().Any(n => n.Topics.Contains(topic));

    public void PipeRaw(string topic, byte[] key, byte[]? value, long timestamp)
    {
        var name = topic + "#raw";
        if (!_inputs.TryGetValue(name, out var input))
        {
            input = Driver.CreateInputTopic(topic, new ByteArraySerDes(), new ByteArraySerDes());
            _inputs.Add(name, input);
        }

        ((TestInputTopic<byte[], byte[]>)input).PipeInput(key, value!, DateTimeOffset.FromUnixTimeMilliseconds(timestamp).UtcDateTime);
        Piped();
    }

    public override void Write<TKey, TRow>(Topic<TKey, DebeziumEnvelope<TRow>> topic, TKey key, DebeziumEnvelope<TRow>? envelope, long timestamp)
    {
        if (!_inputs.TryGetValue(topic.Name, out var input))
        {
            input = Driver.CreateInputTopic(topic.Name, new ContractSerDes<TKey>(topic.KeySerde(Serdes)), new ContractSerDes<DebeziumEnvelope<TRow>>(topic.ValueSerde(Serdes)));
            _inputs.Add(topic.Name, input);
        }

        ((TestInputTopic<TKey, DebeziumEnvelope<TRow>>)input).PipeInput(key, envelope!, DateTimeOffset.FromUnixTimeMilliseconds(timestamp).UtcDateTime);
        Piped();
    }

    public void Dispose()
    {
        Driver.Dispose();
        Serdes.Dispose();
    }

    /// <summary>Called after each record piped in, once the topology has processed it.</summary>
    protected virtual void Piped()
    {
    }

    protected TestOutputTopic<TKey, TValue> Output<TKey, TValue>(Topic<TKey, TValue> topic) =>
        Driver.CreateOutputTopic(topic.Name, TimeSpan.FromSeconds(1), new ContractSerDes<TKey>(topic.KeySerde(Serdes)), new ContractSerDes<TValue>(topic.ValueSerde(Serdes)));
}
