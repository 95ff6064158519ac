using Confluent.Kafka;
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
    private readonly Dictionary<string, TestInputTopic<byte[], byte[]>> _inputs = new(StringComparer.Ordinal);

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
        Input(topic).PipeInput(key, value!, DateTimeOffset.FromUnixTimeMilliseconds(timestamp).UtcDateTime);
        Piped();
    }

    /// <summary>Opens an input on every topic the topology reads, which creates every task and its stores.</summary>
    public void OpenInputs()
    {
        foreach (var topic in Topology.Describe().SubTopologies.SelectMany(s => s.Nodes).OfType<ISourceNodeDescription>().SelectMany(n => n.Topics).Distinct())
        {
            Input(topic);
        }
    }

    public override void Write<TKey, TRow>(Topic<TKey, DebeziumEnvelope<TRow>> topic, TKey key, DebeziumEnvelope<TRow>? envelope, long timestamp)
    {
        var keyBytes = new ContractSerDes<TKey>(topic.KeySerde(Serdes)).Serialize(key, new SerializationContext(MessageComponentType.Key, topic.Name));
        var valueBytes = envelope is null ? null : new ContractSerDes<DebeziumEnvelope<TRow>>(topic.ValueSerde(Serdes)).Serialize(envelope, new SerializationContext(MessageComponentType.Value, topic.Name));
        PipeRaw(topic.Name, keyBytes, valueBytes, timestamp);
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

    private TestInputTopic<byte[], byte[]> Input(string topic)
    {
        if (!_inputs.TryGetValue(topic, out var input))
        {
            input = Driver.CreateInputTopic(topic, new ByteArraySerDes(), new ByteArraySerDes());
            _inputs.Add(topic, input);
        }

        return input;
    }

    protected TestOutputTopic<TKey, TValue> Output<TKey, TValue>(Topic<TKey, TValue> topic) =>
        Driver.CreateOutputTopic(topic.Name, TimeSpan.FromSeconds(1), new ContractSerDes<TKey>(topic.KeySerde(Serdes)), new ContractSerDes<TValue>(topic.ValueSerde(Serdes)));
}
